package org.synapsejdbc.local.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synapsejdbc.local.table.TableTestSupport.col;
import static org.synapsejdbc.local.table.TableTestSupport.partialRows;
import static org.synapsejdbc.local.table.TableTestSupport.row;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.synapsejdbc.local.LocalSynapse;
import org.synapsejdbc.local.LocalSynapseExtension;
import org.synapsejdbc.local.auth.BuiltInUsers;
import org.synapsejdbc.local.support.Bodies;
import org.synapsejdbc.local.support.Http;

/** Table transactions: partial rows, row sets, conflicts, validation, schema changes, snapshots, CSV in and out. */
@ExtendWith(LocalSynapseExtension.class)
class TableTransactionTest {

    Http user1;
    TableTestSupport t;
    String table;
    String name;
    String age;
    String tags;

    @BeforeEach
    void setUp(LocalSynapse server) {
        user1 = new Http(server.baseUrl(), BuiltInUsers.USER1_TOKEN);
        t = new TableTestSupport(user1);
        List<String> ids = t.columns(col("name", "STRING").put("maximumSize", 10), col("age", "INTEGER"),
                col("tags", "STRING_LIST").put("maximumListLength", 3));
        name = ids.get(0);
        age = ids.get(1);
        tags = ids.get(2);
        table = t.table(t.project(), ids);
    }

    JsonNode append(ObjectNode... rows) {
        return t.transaction(table, partialRows(table, rows)).expect(201, TableTestSupport.TX_RESPONSE).json()
                .get("results").get(0).get("rowReferenceSet");
    }

    @Test
    void partialRowsInsertUpdateDelete() {
        JsonNode refs = append(row(null, name, "Alice", age, "30", tags, "[\"a\",\"b\"]"), row(null, name, "bob"));
        assertEquals(2, refs.get("rows").size());
        long r1 = refs.get("rows").get(0).get("rowId").asLong();
        long r2 = refs.get("rows").get(1).get("rowId").asLong();
        long v1 = refs.get("rows").get(0).get("versionNumber").asLong();
        assertEquals(List.of(List.of("Alice", "30", "[\"a\", \"b\"]"), Arrays.asList("bob", null, null)),
                t.values(table, "select name, age, tags from " + table + " order by name"));

        JsonNode upd = append(row(r2, age, "41"));
        assertTrue(upd.get("rows").get(0).get("versionNumber").asLong() > v1);
        assertEquals(List.of(List.of("bob", "41")), t.values(table, "select name, age from " + table + " where age > 35"));

        ObjectNode delete = Bodies.obj().put("rowId", r1).putNull("values");
        append(delete);
        assertEquals(List.of(List.of("bob")), t.values(table, "select name from " + table));

        t.transaction(table, partialRows(table, row(999L, age, "1")))
                .expectError(400, "Cannot update row: 999 because it does not exist.");
        t.transaction(table, partialRows(table, row(null, "12345", "x")))
                .expectError(400, "PartialRow.value.key: '12345' is not a valid column ID for row ID: null");
    }

    @Test
    void oneBadValueRejectsTheWholeSet() {
        t.transaction(table, partialRows(table, row(null, name, "ok", age, "1"), row(null, name, "also", age, "abc")))
                .expectError(400, "Value at [1,1] was not a valid INTEGER. For input string: \"abc\"");
        t.transaction(table, partialRows(table, row(null, name, "far too long!")))
                .expectError(400, "Value at [0,0] was not a valid STRING. String 'far too long!' exceeds the maximum"
                        + " length of 10 characters.");
        t.transaction(table, partialRows(table, row(null, tags, "[\"a\",\"b\",\"c\",\"d\"]")))
                .expectError(400, "Value at [0,2] was not a valid STRING_LIST. Exceeds the maximum number of list"
                        + " elements defined in the ColumnModel (3): \"[\"a\",\"b\",\"c\",\"d\"]\"");
        assertEquals(List.of(List.of("0")), t.values(table, "select count(*) from " + table));
    }

    @Test
    void aTransactionIsAtomicAcrossItsChanges() {
        t.transaction(table, partialRows(table, row(null, name, "good")), partialRows(table, row(null, age, "x")))
                .expectError(400, "Value at [0,1] was not a valid INTEGER. For input string: \"x\"");
        assertEquals(List.of(List.of("0")), t.values(table, "select count(*) from " + table));
        JsonNode results = t.transaction(table, partialRows(table, row(null, name, "one")),
                partialRows(table, row(null, name, "two"))).expect(201, TableTestSupport.TX_RESPONSE).json().get("results");
        long v1 = results.get(0).get("rowReferenceSet").get("rows").get(0).get("versionNumber").asLong();
        long v2 = results.get(1).get("rowReferenceSet").get("rows").get(0).get("versionNumber").asLong();
        assertEquals(v1 + 1, v2);
        assertNotEquals(results.get(0).get("rowReferenceSet").get("etag"), results.get(1).get("rowReferenceSet").get("etag"));
        assertEquals(List.of(List.of("2")), t.values(table, "select count(*) from " + table));
    }

    @Test
    void rowSetConflictsAre412() {
        JsonNode refs = append(row(null, name, "a", age, "1"));
        long rowId = refs.get("rows").get(0).get("rowId").asLong();
        JsonNode q = t.query(table, "select name, age from " + table, 1).expect(201, TableTestSupport.BUNDLE).json()
                .get("queryResult").get("queryResults");
        long version = q.get("rows").get(0).get("versionNumber").asLong();
        assertEquals(table, q.get("tableId").asText());
        append(row(rowId, age, "2"));
        ObjectNode rs = Bodies.obj().put("concreteType", "org.sagebionetworks.repo.model.table.AppendableRowSetRequest")
                .put("entityId", table);
        ObjectNode set = rs.putObject("toAppend").put("concreteType", "org.sagebionetworks.repo.model.table.RowSet")
                .put("tableId", table);
        set.putArray("headers").add(Bodies.obj().put("id", name)).add(Bodies.obj().put("id", age));
        set.putArray("rows").addObject().put("rowId", rowId).put("versionNumber", version).putArray("values")
                .add("b").add("3");
        t.transaction(table, rs).expectError(412, "Row id: " + rowId + " has been changed since last read.  Please get"
                + " the latest value for this row and then attempt to update it again.");
        long current = t.query(table, "select name from " + table, 1).json().get("queryResult").get("queryResults")
                .get("rows").get(0).get("versionNumber").asLong();
        ((ObjectNode) set.get("rows").get(0)).put("versionNumber", current);
        t.transaction(table, rs).expect(201, TableTestSupport.TX_RESPONSE);
        assertEquals(List.of(List.of("b", "3")), t.values(table, "select name, age from " + table));
        // insert through a RowSet without rowId
        set.putArray("rows").addObject().putArray("values").add("c").add("4");
        t.transaction(table, rs).expect(201, TableTestSupport.TX_RESPONSE);
        assertEquals(List.of(List.of("2")), t.values(table, "select count(*) from " + table));
    }

    @Test
    void schemaChangeAndSnapshot() {
        append(row(null, name, "a", age, "7"), row(null, name, "b", age, "8"));
        String score = t.columns(col("score", "DOUBLE")).get(0);
        String ageText = t.columns(col("ageText", "STRING").put("maximumSize", 5)).get(0);
        ObjectNode change = Bodies.obj().put("concreteType", "org.sagebionetworks.repo.model.table.TableSchemaChangeRequest")
                .put("entityId", table);
        change.putArray("changes").add(Bodies.obj().putNull("oldColumnId").put("newColumnId", score))
                .add(Bodies.obj().put("oldColumnId", age).put("newColumnId", ageText))
                .add(Bodies.obj().put("oldColumnId", tags).putNull("newColumnId"));
        JsonNode schema = t.transaction(table, change).expect(201, TableTestSupport.TX_RESPONSE).json()
                .get("results").get(0).get("schema");
        assertEquals(3, schema.size());
        assertEquals("ageText", schema.get(1).get("name").asText());
        assertEquals(List.of(name, ageText, score), List.of(schema.get(0).get("id").asText(),
                schema.get(1).get("id").asText(), schema.get(2).get("id").asText()));
        assertEquals(List.of(List.of("a", "7"), List.of("b", "8")),
                t.values(table, "select name, ageText from " + table + " order by name"));
        append(row(null, name, "nan", score, "NaN"));
        assertEquals(List.of(Arrays.asList("nan", "NaN")), t.values(table, "select name, score from " + table
                + " where isNaN(score)"));

        ObjectNode snap = Bodies.obj().put("concreteType", "org.sagebionetworks.repo.model.table.TableUpdateTransactionRequest")
                .put("entityId", table).put("createSnapshot", true);
        snap.putArray("changes").add(partialRows(table, row(null, name, "c")));
        snap.putObject("snapshotOptions").put("snapshotComment", "first");
        JsonNode resp = t.job("/repo/v1/entity/" + table + "/table/transaction/async", snap)
                .expect(201, TableTestSupport.TX_RESPONSE).json();
        long v = resp.get("snapshotVersionNumber").asLong();
        append(row(null, name, "d"));
        assertEquals(List.of(List.of("4")), t.values(table, "select count(*) from " + table + "." + v));
        assertEquals(List.of(List.of("5")), t.values(table, "select count(*) from " + table));
        JsonNode entity = user1.get("/repo/v1/entity/" + table).expect(200, TableTestSupport.TABLE).json();
        assertEquals(v + 1, entity.get("versionNumber").asLong());
        JsonNode old = user1.get("/repo/v1/entity/" + table + "/version/" + v).expect(200, TableTestSupport.TABLE).json();
        assertEquals("first", old.get("versionComment").asText());
        JsonNode sync = user1.post("/repo/v1/entity/" + table + "/table/snapshot", Bodies.obj().put("snapshotLabel", "L"))
                .expect(201, "org.sagebionetworks.repo.model.table.SnapshotResponse").json();
        assertEquals(v + 1, sync.get("snapshotVersionNumber").asLong());
        assertEquals(List.of(List.of("5")), t.values(table, "select count(*) from " + table + "." + (v + 1)));
        t.transaction(table).expectError(400, "TableUpdateTransactionRequest.changes is required and must not be empty.");
    }

    @Test
    void largeCsvUploadsAreAtomic() {
        StringBuilder csv = new StringBuilder("name,age\n");
        for (int i = 0; i < 12_000; i++) {
            csv.append("r").append(i).append(',').append(i).append('\n');
        }
        ObjectNode upload = Bodies.obj().put("concreteType", "org.sagebionetworks.repo.model.table.UploadToTableRequest")
                .put("tableId", table).put("uploadFileHandleId", t.upload("bad.csv", csv + "last,notanumber\n"));
        t.transaction(table, upload).expectError(400,
                "Value at [12000,1] was not a valid INTEGER. For input string: \"notanumber\"");
        assertEquals(List.of(List.of("0")), t.values(table, "select count(*) from " + table));
        upload.put("uploadFileHandleId", t.upload("good.csv", csv.toString()));
        JsonNode res = t.transaction(table, upload).expect(201, TableTestSupport.TX_RESPONSE).json().get("results").get(0);
        assertEquals(12_000, res.get("rowsProcessed").asLong());
        assertEquals(List.of(List.of("12000", "11999")), t.values(table, "select count(*), max(age) from " + table));
    }

    @Test
    void csvUploadAndDownload() {
        String csv = "name,age,tags\n\"Al \"\"x\"\"\",1,\"[\"\"p\"\"]\"\nBo,,\n";
        String fh = t.upload("rows.csv", csv);
        ObjectNode upload = Bodies.obj().put("concreteType", "org.sagebionetworks.repo.model.table.UploadToTableRequest")
                .put("tableId", table).put("uploadFileHandleId", fh).put("linesToSkip", 0);
        upload.putObject("csvTableDescriptor").put("isFirstLineHeader", true);
        JsonNode res = t.transaction(table, upload).expect(201, TableTestSupport.TX_RESPONSE).json().get("results").get(0);
        assertEquals(2, res.get("rowsProcessed").asLong());
        assertEquals(List.of(List.of("Al \"x\"", "1", "[\"p\"]"), Arrays.asList("Bo", null, null)),
                t.values(table, "select name, age, tags from " + table + " order by name"));

        ObjectNode down = Bodies.obj().put("concreteType", "org.sagebionetworks.repo.model.table.DownloadFromTableRequest")
                .put("entityId", table).put("sql", "select name, age from " + table + " order by name")
                .put("writeHeader", true).put("includeRowIdAndRowVersion", true);
        JsonNode result = t.job("/repo/v1/entity/" + table + "/table/download/csv/async", down)
                .expect(201, "org.sagebionetworks.repo.model.table.DownloadFromTableResult").json();
        assertEquals(2, result.get("headers").size());
        String text = t.downloadThroughTable(table, result.get("resultsFileHandleId").asText());
        String[] lines = text.split("\n");
        assertEquals("\"ROW_ID\",\"ROW_VERSION\",\"name\",\"age\"", lines[0]);
        assertTrue(lines[1].endsWith(",\"Al \"\"x\"\"\",\"1\""), lines[1]);
        assertTrue(lines[2].endsWith(",\"Bo\","), lines[2]);
        JsonNode agg = t.job("/repo/v1/entity/" + table + "/table/download/csv/async",
                down.put("sql", "select count(*) from " + table)).expect(201).json();
        assertEquals("\"COUNT(*)\"\n\"2\"\n", t.downloadThroughTable(table, agg.get("resultsFileHandleId").asText()));
        // another user cannot download the result through the table
        Http user2 = user1.as(BuiltInUsers.USER2_TOKEN);
        ObjectNode body = Bodies.obj().put("includePreSignedURLs", true);
        body.putArray("requestedFiles").addObject().put("fileHandleId", result.get("resultsFileHandleId").asText())
                .put("associateObjectId", table).put("associateObjectType", "TableEntity");
        JsonNode denied = user2.post("/file/v1/fileHandle/batch", body).expect(201).json();
        assertNotEquals(null, denied.get("requestedFiles").get(0).get("failureCode"));
    }
}
