package org.synapsejdbc.local.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.synapsejdbc.local.LocalSynapse;
import org.synapsejdbc.local.auth.BuiltInUsers;
import org.synapsejdbc.local.entity.EntityService;
import org.synapsejdbc.local.support.Bodies;
import org.synapsejdbc.local.support.Http;

/** The --demo table (every column type, 1,010 rows, snapshot .1 with 1,000) and the demo file view. */
class TableDemoTest {

    static LocalSynapse server;
    static Http user1;
    static TableTestSupport t;
    static String project;

    @BeforeAll
    static void start() throws Exception {
        server = LocalSynapse.builder().inMemory().port(0).throttles(false).build().start().seedDemo();
        user1 = new Http(server.baseUrl(), BuiltInUsers.USER1_TOKEN);
        t = new TableTestSupport(user1);
        EntityService es = server.context().service(EntityService.class);
        project = es.db().read(c -> es.store().projects(c)).stream()
                .filter(p -> p.name().equals("local-synapse demo")).findFirst().orElseThrow().synId();
        server.seedDemo(); // seeding again changes nothing
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    String child(String name) {
        return user1.post("/repo/v1/entity/child", Bodies.obj().put("parentId", project).put("entityName", name))
                .expect(200).text("id");
    }

    @Test
    void demoTableHasEveryTypeAndASnapshot() {
        String table = child("Demo samples");
        JsonNode bundle = t.query(table, "select * from " + table, 0x12).expect(201, TableTestSupport.BUNDLE)
                .json();
        assertEquals(1010, bundle.get("queryCount").asLong());
        Set<String> types = new HashSet<>();
        bundle.get("columnModels").forEach(c -> types.add(c.get("columnType").asText()));
        assertTrue(types.containsAll(List.of("STRING", "DOUBLE", "INTEGER", "BOOLEAN", "DATE", "FILEHANDLEID", "ENTITYID",
                "SUBMISSIONID", "EVALUATIONID", "LINK", "MEDIUMTEXT", "LARGETEXT", "USERID", "JSON", "STRING_LIST",
                "INTEGER_LIST", "BOOLEAN_LIST", "DATE_LIST", "ENTITYID_LIST", "USERID_LIST")), types.toString());
        assertEquals(List.of(List.of("1000")), t.values(table, "select count(*) from " + table + ".1"));
        List<List<String>> nan = t.values(table, "select count(*) from " + table + " where isNaN(score)");
        assertTrue(Long.parseLong(nan.get(0).get(0)) > 0);
        List<List<String>> human = t.values(table, "select count(*) from " + table + " where species = 'HUMAN'");
        List<List<String>> both = t.values(table, "select count(*) from " + table
                + " where species in ('Human', 'human')");
        assertEquals(both, human);
    }

    @Test
    void demoFileViewShowsTheProjectsFiles() {
        String view = child("Demo file view");
        List<List<String>> rows = t.values(view, "select id, name, type from " + view);
        assertTrue(rows.size() >= 3, rows.toString());
        rows.forEach(r -> assertEquals("file", r.get(2)));
    }
}
