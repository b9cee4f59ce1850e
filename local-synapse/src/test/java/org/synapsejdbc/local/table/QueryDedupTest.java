package org.synapsejdbc.local.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.synapsejdbc.local.LocalSynapse;
import org.synapsejdbc.local.LocalSynapseExtension;
import org.synapsejdbc.local.support.Bodies;
import org.synapsejdbc.local.support.Http;

/**
 * Synapse de-duplicates TableEntity query jobs (synapse-api.md §1.4): the same user starting the same request on an
 * unchanged table gets the completed job back; another request, another user or a changed table runs anew.
 */
@ExtendWith(LocalSynapseExtension.class)
class QueryDedupTest {

    private final LocalSynapse synapse;
    private final Http http;
    private final TableTestSupport t;

    QueryDedupTest(LocalSynapse synapse) {
        this.synapse = synapse;
        this.http = new Http(synapse.baseUrl(), synapse.user1Token());
        this.t = new TableTestSupport(http);
    }

    private static ObjectNode query(String sql) {
        ObjectNode body = Bodies.obj().put("concreteType", "org.sagebionetworks.repo.model.table.QueryBundleRequest")
                .put("partMask", 5);
        body.putObject("query").put("sql", sql);
        return body;
    }

    /** Starts a query, waits for its result, and returns the token. */
    private String run(Http who, String table, ObjectNode body) {
        String base = "/repo/v1/entity/" + table + "/table/query/async";
        String token = who.post(base + "/start", body).expect(201).text("token");
        for (int i = 0; i < 600 && who.get(base + "/get/" + token).status() == 202; i++) {
            TableTestSupport.sleep(20);
        }
        who.get(base + "/get/" + token).expect(201, TableTestSupport.BUNDLE);
        return token;
    }

    @Test
    void theSameQueryOnAnUnchangedTableIsTheSameJob() {
        String colId = t.columns(TableTestSupport.col("a", "INTEGER")).get(0);
        String project = t.project();
        String table = t.table(project, List.of(colId));
        t.transaction(table, TableTestSupport.partialRows(table, TableTestSupport.row(null, colId, "1")))
                .expect(201, TableTestSupport.TX_RESPONSE);
        String sql = "select * from " + table;
        String first = run(http, table, query(sql));
        assertEquals(first, run(http, table, query(sql)));
        assertNotEquals(first, run(http, table, query(sql + " where a = 1")));

        t.transaction(table, TableTestSupport.partialRows(table, TableTestSupport.row(null, colId, "2")))
                .expect(201, TableTestSupport.TX_RESPONSE);
        String afterChange = run(http, table, query(sql));
        assertNotEquals(first, afterChange);
        assertEquals(2, http.get("/repo/v1/entity/" + table + "/table/query/async/get/" + afterChange).expect(201)
                .json().get("queryResult").get("queryResults").get("rows").size());

        synapse.makePublic(project);
        Http user2 = http.as(synapse.user2Token());
        assertNotEquals(afterChange, run(user2, table, query(sql)));
    }
}
