package org.synapsejdbc.local.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synapsejdbc.local.table.TableTestSupport.col;
import static org.synapsejdbc.local.table.TableTestSupport.partialRows;
import static org.synapsejdbc.local.table.TableTestSupport.row;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.synapsejdbc.local.LocalSynapse;
import org.synapsejdbc.local.LocalSynapseExtension;
import org.synapsejdbc.local.auth.BuiltInUsers;
import org.synapsejdbc.local.support.Bodies;
import org.synapsejdbc.local.support.Http;

/** Query jobs: part mask, paging composition, sort, filters, page tokens, errors on POST and GET, permissions. */
@ExtendWith(LocalSynapseExtension.class)
class QueryJobTest {

    Http user1;
    TableTestSupport t;
    String project;
    String table;
    String name;
    String n;

    @BeforeEach
    void setUp(LocalSynapse server) {
        user1 = new Http(server.baseUrl(), BuiltInUsers.USER1_TOKEN);
        t = new TableTestSupport(user1);
        List<String> ids = t.columns(col("name", "STRING").put("maximumSize", 20), col("n", "INTEGER"));
        name = ids.get(0);
        n = ids.get(1);
        project = t.project();
        table = t.table(project, ids);
        List<ObjectNode> rows = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            rows.add(row(null, name, "row" + (char) ('a' + i), n, Integer.toString(i)));
        }
        t.transaction(table, partialRows(table, rows.toArray(new ObjectNode[0]))).expect(201);
    }

    ObjectNode request(String sql, long mask) {
        ObjectNode body = Bodies.obj().put("concreteType", "org.sagebionetworks.repo.model.table.QueryBundleRequest")
                .put("entityId", table).put("partMask", mask);
        body.putObject("query").put("sql", sql);
        return body;
    }

    JsonNode run(ObjectNode body) {
        return t.job("/repo/v1/entity/" + table + "/table/query/async", body).expect(201, TableTestSupport.BUNDLE).json();
    }

    @Test
    void partMaskSelectsParts() {
        JsonNode all = run(request("select name, n from " + table + " where n < 10", 0x1FF));
        assertEquals(10, all.get("queryResult").get("queryResults").get("rows").size());
        assertEquals(10, all.get("queryCount").asLong());
        assertEquals("name", all.get("selectColumns").get(0).get("name").asText());
        assertEquals(name, all.get("selectColumns").get(0).get("id").asText());
        assertEquals(2_097_152 / (80 + 20), all.get("maxRowsPerPage").asLong());
        assertEquals(2, all.get("columnModels").size());
        assertNotNull(all.get("lastUpdatedOn"));
        assertNotNull(all.get("combinedSql"));
        JsonNode onlyCount = run(request("select * from " + table, 0x2));
        assertNull(onlyCount.get("queryResult"));
        assertEquals(25, onlyCount.get("queryCount").asLong());
        JsonNode agg = run(request("select count(*), max(n) from " + table, 0x1));
        JsonNode r = agg.get("queryResult").get("queryResults").get("rows").get(0);
        assertNull(r.get("rowId"));
        assertEquals("[\"25\",\"24\"]", r.get("values").toString());
    }

    @Test
    void pagingSortAndFilters() {
        ObjectNode body = request("select n from " + table + " order by n limit 20 offset 2", 0x3);
        ((ObjectNode) body.get("query")).put("offset", 5).put("limit", 4);
        JsonNode page = run(body);
        List<String> values = new ArrayList<>();
        page.get("queryResult").get("queryResults").get("rows").forEach(x -> values.add(x.get("values").get(0).asText()));
        assertEquals(List.of("7", "8", "9", "10"), values);

        ObjectNode sorted = request("select n from " + table, 0x1);
        ((ObjectNode) sorted.get("query")).put("limit", 3).putArray("sort").addObject().put("column", "n")
                .put("direction", "DESC");
        ((ObjectNode) sorted.get("query")).putArray("additionalFilters").addObject()
                .put("concreteType", "org.sagebionetworks.repo.model.table.ColumnSingleValueQueryFilter")
                .put("columnName", "name").put("operator", "IN").putArray("values").add("ROWB").add("rowc");
        List<String> got = new ArrayList<>();
        run(sorted).get("queryResult").get("queryResults").get("rows").forEach(x -> got.add(x.get("values").get(0).asText()));
        assertEquals(List.of("2", "1"), got);
    }

    @Test
    void nextPageTokenWhenThePageIsFull() {
        List<String> wide = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            wide.add(t.columns(col("w" + i, "STRING").put("maximumSize", 1000)).get(0));
        }
        String big = t.table(project, wide);
        List<ObjectNode> rows = new ArrayList<>();
        for (int i = 0; i < 180; i++) {
            rows.add(row(null, wide.get(0), "v" + i));
        }
        t.transaction(big, partialRows(big, rows.toArray(new ObjectNode[0]))).expect(201);
        ObjectNode body = request("select * from " + big, 0x9).put("entityId", big);
        JsonNode first = t.job("/repo/v1/entity/" + big + "/table/query/async", body).expect(201, TableTestSupport.BUNDLE)
                .json();
        long perPage = first.get("maxRowsPerPage").asLong();
        assertEquals(2_097_152 / 12000, perPage);
        assertEquals(perPage, first.get("queryResult").get("queryResults").get("rows").size());
        JsonNode token = first.get("queryResult").get("nextPageToken");
        assertNotNull(token);
        JsonNode second = t.job("/repo/v1/entity/" + big + "/table/query/nextPage/async", token)
                .expect(201, "org.sagebionetworks.repo.model.table.QueryResult").json();
        assertEquals(180 - perPage, second.get("queryResults").get("rows").size());
        assertNull(second.get("nextPageToken"));
    }

    @Test
    void fullTextSearchIsSwitchedByATransaction() {
        String sql = "select name from " + table + " where text_matches('rowc')";
        t.query(table, sql, 1).expectError(400, "Invalid use of TEXT_MATCHES. Full text search is not enabled on table "
                + table + ".");
        JsonNode res = t.transaction(table, Bodies.obj().put("concreteType",
                "org.sagebionetworks.repo.model.table.TableSearchChangeRequest").put("searchEnabled", true))
                .expect(201, TableTestSupport.TX_RESPONSE).json();
        assertTrue(res.get("results").get(0).get("searchEnabled").asBoolean());
        assertTrue(user1.get("/repo/v1/entity/" + table).json().get("isSearchEnabled").asBoolean());
        assertEquals(List.of(List.of("rowc")), t.values(table, sql));
    }

    @Test
    void errorsOnThePostAndOnTheGet() {
        String folder = user1.post("/repo/v1/entity", Bodies.entity(Bodies.FOLDER, "f", project)).expect(201).text("id");
        user1.post("/repo/v1/entity/" + folder + "/table/query/async/start",
                request("select * from " + folder, 1)).expectError(400, folder + " is not a table or view");
        user1.post("/repo/v1/entity/" + table + "/table/query/async/start", request("select * from syn999999999", 1))
                .expectError(404, "Resource: '999999999' does not exist");
        user1.post("/repo/v1/entity/" + table + "/table/query/async/start", request("select * from mytable", 1))
                .expectError(400, "Invalid Entity ID: mytable");
        t.query(table, "select foo from " + table, 1).expectError(400, "Unknown column foo");
        Http user2 = user1.as(BuiltInUsers.USER2_TOKEN);
        new TableTestSupport(user2).query(table, "select * from " + table, 1)
                .expectError(403, "You lack READ access to the requested entity.");
    }
}
