package org.synapsejdbc.local.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.synapsejdbc.local.table.TableTestSupport.col;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.synapsejdbc.local.LocalSynapse;
import org.synapsejdbc.local.LocalSynapseExtension;
import org.synapsejdbc.local.auth.BuiltInUsers;
import org.synapsejdbc.local.support.Http;

/** The exact request bodies of the official Python client (official-client-behaviour.md) are accepted. */
@ExtendWith(LocalSynapseExtension.class)
class OfficialClientFlowTest {

    Http user1;
    TableTestSupport t;

    @BeforeEach
    void setUp(LocalSynapse server) {
        user1 = new Http(server.baseUrl(), BuiltInUsers.USER1_TOKEN);
        t = new TableTestSupport(user1);
    }

    @Test
    void storeTableThenQueryAsCsvAndRowset() {
        List<String> ids = t.columns(col("name", "STRING"), col("n", "INTEGER"), col("x", "DOUBLE"), col("ok", "BOOLEAN"));
        String table = t.table(t.project(), ids);
        // syn.store(Table(schema, rows)) with a stored schema: csv.QUOTE_NONNUMERIC, no header, None -> ""
        String fh = t.upload("table.csv", "\"a \"\"q\"\"\",1,1e-05,True\n\"b\",2,2.5,False\n\"\",\"\",\"\",\"\"\n");
        String tx = "{\"changes\":[{\"concreteType\":\"org.sagebionetworks.repo.model.table.UploadToTableRequest\","
                + "\"csvTableDescriptor\":{\"isFirstLineHeader\":false,\"quoteCharacter\":\"\\\"\",\"escapeCharacter\":\"\\\\\","
                + "\"lineEnd\":\"\\n\",\"separator\":\",\"},\"linesToSkip\":0,\"tableId\":\"" + table + "\","
                + "\"uploadFileHandleId\":\"" + fh + "\"}],\"createSnapshot\":false,\"snapshotOptions\":{}}";
        JsonNode res = t.job("/repo/v1/entity/" + table + "/table/transaction/async", tx)
                .expect(201, TableTestSupport.TX_RESPONSE).json();
        assertEquals("org.sagebionetworks.repo.model.table.UploadToTableResult",
                res.get("results").get(0).get("concreteType").asText());
        List<List<String>> rows = t.values(table, "select name, n, x, ok from " + table + " order by ROW_ID");
        assertEquals(List.of("a \"q\"", "1", "true"), List.of(rows.get(0).get(0), rows.get(0).get(1), rows.get(0).get(3)));
        assertEquals(1e-05, Double.parseDouble(rows.get(0).get(2)));
        assertEquals(List.of(List.of("b", "2", "2.5", "false"), Arrays.asList(null, null, null, null)), rows.subList(1, 3));

        // tableQuery(resultsAs="csv")
        String down = "{\"concreteType\":\"org.sagebionetworks.repo.model.table.DownloadFromTableRequest\","
                + "\"csvTableDescriptor\":{\"isFirstLineHeader\":true,\"quoteCharacter\":\"\\\"\",\"escapeCharacter\":\"\\\\\","
                + "\"lineEnd\":\"\\n\",\"separator\":\",\"},\"sql\":\"select * from " + table + "\",\"writeHeader\":true,"
                + "\"includeRowIdAndRowVersion\":true,\"includeEntityEtag\":true}";
        JsonNode result = t.job("/repo/v1/entity/" + table + "/table/download/csv/async", down)
                .expect(201, "org.sagebionetworks.repo.model.table.DownloadFromTableResult").json();
        assertEquals("INTEGER", result.get("headers").get(1).get("columnType").asText());
        String csv = t.downloadThroughTable(table, result.get("resultsFileHandleId").asText());
        String[] header = csv.split("\n")[0].split(",");
        assertEquals(result.get("headers").size() + 2, header.length);

        // tableQuery(resultsAs="rowset"): no partMask
        String q = "{\"concreteType\":\"org.sagebionetworks.repo.model.table.QueryBundleRequest\",\"query\":{\"sql\":"
                + "\"select * from " + table + "\",\"isConsistent\":true,\"includeEntityEtag\":true}}";
        JsonNode bundle = t.job("/repo/v1/entity/" + table + "/table/query/async", q)
                .expect(201, TableTestSupport.BUNDLE).json();
        assertEquals(table, bundle.get("queryResult").get("queryResults").get("tableId").asText());
        assertEquals(3, bundle.get("queryCount").asLong());
        assertNotNull(bundle.get("maxRowsPerPage"));
        assertEquals(4, bundle.get("columnModels").size());
    }

    @Test
    void entityViewSchemaStore() {
        String project = t.project();
        JsonNode defaults = user1.get("/repo/v1/column/tableview/defaults?viewEntityType=entityview&viewTypeMask=1")
                .expect(200, TableTestSupport.CM_LIST).json();
        String scope = "{\"concreteType\":\"org.sagebionetworks.repo.model.table.ViewColumnModelRequest\",\"viewScope\":"
                + "{\"scope\":[\"" + project + "\"],\"viewEntityType\":\"entityview\",\"viewTypeMask\":1}}";
        t.job("/repo/v1/column/view/scope/async", scope)
                .expect(201, "org.sagebionetworks.repo.model.table.ViewColumnModelResponse");
        JsonNode extra = user1.post("/repo/v1/column/batch", "{\"concreteType\":\"org.sagebionetworks.repo.model.ListWrapper\","
                + "\"list\":[{\"name\":\"foo\",\"columnType\":\"STRING\",\"maximumSize\":50,"
                + "\"concreteType\":\"org.sagebionetworks.repo.model.table.ColumnModel\"}]}").expect(201, TableTestSupport.CM_LIST)
                .json();
        StringBuilder ids = new StringBuilder();
        defaults.get("list").forEach(c -> ids.append('"').append(c.get("id").asText()).append("\","));
        ids.append('"').append(extra.get("list").get(0).get("id").asText()).append('"');
        String view = "{\"concreteType\":\"org.sagebionetworks.repo.model.table.EntityView\",\"name\":\"MyTable\","
                + "\"parentId\":\"" + project + "\",\"columnIds\":[" + ids + "],\"viewTypeMask\":1,\"scopeIds\":[\""
                + project + "\"],\"versionComment\":null}";
        String id = user1.post("/repo/v1/entity", view).expect(201, TableTestSupport.VIEW).text("id");
        user1.post("/repo/v1/entity/" + id + "/bundle2", "{\"includeEntity\":true,\"includeTableBundle\":true}")
                .expect(200, "org.sagebionetworks.repo.model.entitybundle.v2.EntityBundle");
        assertEquals(List.of(), t.values(id, "select * from " + id));
    }
}
