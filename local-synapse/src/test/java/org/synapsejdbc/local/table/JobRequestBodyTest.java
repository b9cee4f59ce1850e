package org.synapsejdbc.local.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.synapsejdbc.local.LocalSynapse;
import org.synapsejdbc.local.LocalSynapseExtension;
import org.synapsejdbc.local.support.Bodies;
import org.synapsejdbc.local.support.Http;

/**
 * {@code AsynchronousJobStatus.requestBody} is the parsed request, with its {@code concreteType} and the fields
 * the server filled, even when the client (like the official Python client's transactions) omitted them.
 */
@ExtendWith(LocalSynapseExtension.class)
class JobRequestBodyTest {

    private final Http http;
    private final TableTestSupport t;

    JobRequestBodyTest(LocalSynapse synapse) {
        this.http = new Http(synapse.baseUrl(), synapse.user1Token());
        this.t = new TableTestSupport(http);
    }

    private JsonNode requestBodyOf(String basePath, ObjectNode body) {
        String token = http.post(basePath + "/start", body).expect(201).text("token");
        for (int i = 0; i < 600 && http.get(basePath + "/get/" + token).status() == 202; i++) {
            TableTestSupport.sleep(20);
        }
        JsonNode status = http.get("/repo/v1/asynchronous/job/" + token).expect(200, TableTestSupport.STATUS).json();
        return status.get("requestBody");
    }

    @Test
    void aTransactionWithoutConcreteTypeIsEchoedAsTheParsedRequest() {
        String colId = t.columns(TableTestSupport.col("a", "INTEGER")).get(0);
        String table = t.table(t.project(), List.of(colId));
        // what synapseclient 3.1.1 posts: no concreteType and no entityId on the transaction itself
        ObjectNode body = Bodies.obj();
        body.putArray("changes").add(TableTestSupport.partialRows(table, TableTestSupport.row(null, colId, "1")));
        JsonNode echoed = requestBodyOf("/repo/v1/entity/" + table + "/table/transaction/async", body);
        assertEquals("org.sagebionetworks.repo.model.table.TableUpdateTransactionRequest",
                echoed.get("concreteType").asText());
        assertEquals(table, echoed.get("entityId").asText());
        assertEquals("org.sagebionetworks.repo.model.table.AppendableRowSetRequest",
                echoed.get("changes").get(0).get("concreteType").asText());
    }

    @Test
    void aQueryIsEchoedWithItsConcreteTypeAndQuery() {
        String table = t.table(t.project(), t.columns(TableTestSupport.col("a", "INTEGER")));
        ObjectNode body = Bodies.obj().put("concreteType", "org.sagebionetworks.repo.model.table.QueryBundleRequest")
                .put("partMask", 1);
        body.putObject("query").put("sql", "select * from " + table).put("isConsistent", true)
                .put("includeEntityEtag", true);
        JsonNode echoed = requestBodyOf("/repo/v1/entity/" + table + "/table/query/async", body);
        assertEquals("org.sagebionetworks.repo.model.table.QueryBundleRequest", echoed.get("concreteType").asText());
        assertEquals("select * from " + table, echoed.get("query").get("sql").asText());
        assertEquals(1, echoed.get("partMask").asLong());
    }
}
