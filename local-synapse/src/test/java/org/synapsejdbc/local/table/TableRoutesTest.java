package org.synapsejdbc.local.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.synapsejdbc.local.table.TableTestSupport.col;
import static org.synapsejdbc.local.table.TableTestSupport.partialRows;
import static org.synapsejdbc.local.table.TableTestSupport.row;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.synapsejdbc.local.LocalSynapse;
import org.synapsejdbc.local.LocalSynapseExtension;
import org.synapsejdbc.local.auth.BuiltInUsers;
import org.synapsejdbc.local.support.Bodies;
import org.synapsejdbc.local.support.Http;

/** The older row routes (deleteRows, append, upload/csv), removed routes, empty schemas and write permissions. */
@ExtendWith(LocalSynapseExtension.class)
class TableRoutesTest {

    Http user1;
    TableTestSupport t;
    String project;
    String table;
    String name;

    @BeforeEach
    void setUp(LocalSynapse server) {
        user1 = new Http(server.baseUrl(), BuiltInUsers.USER1_TOKEN);
        t = new TableTestSupport(user1);
        name = t.columns(col("name", "STRING")).get(0);
        project = t.project();
        table = t.table(project, List.of(name));
    }

    @Test
    void appendDeleteRowsAndUploadRoutes() {
        JsonNode appended = t.job("/repo/v1/entity/" + table + "/table/append/async", partialRows(table,
                row(null, name, "a"), row(null, name, "b"))).expect(201,
                "org.sagebionetworks.repo.model.table.RowReferenceSetResults").json();
        long first = appended.get("rowReferenceSet").get("rows").get(0).get("rowId").asLong();
        ObjectNode sel = Bodies.obj().put("tableId", table);
        sel.putArray("rowIds").add(first);
        user1.post("/repo/v1/entity/" + table + "/table/deleteRows", sel)
                .expect(201, "org.sagebionetworks.repo.model.table.RowReferenceSet");
        assertEquals(List.of(List.of("b")), t.values(table, "select name from " + table));

        String fh = t.upload("more.csv", "c\nd\n");
        ObjectNode upload = Bodies.obj().put("concreteType", "org.sagebionetworks.repo.model.table.UploadToTableRequest")
                .put("tableId", table).put("uploadFileHandleId", fh);
        upload.putObject("csvTableDescriptor").put("isFirstLineHeader", false);
        JsonNode res = t.job("/repo/v1/entity/" + table + "/table/upload/csv/async", upload)
                .expect(201, "org.sagebionetworks.repo.model.table.UploadToTableResult").json();
        assertEquals(2, res.get("rowsProcessed").asLong());
        assertEquals(List.of(List.of("3")), t.values(table, "select count(*) from " + table));

        Http user2 = user1.as(BuiltInUsers.USER2_TOKEN);
        new TableTestSupport(user2).upload("x.csv", "z\n");
        new TableTestSupport(user2).transaction(table, partialRows(table, row(null, name, "x")))
                .expectError(403, "You lack UPDATE access to the requested entity.");
        // a file uploaded by someone else cannot be appended
        String other = new TableTestSupport(user2).upload("y.csv", "z\n");
        upload.put("uploadFileHandleId", other);
        t.transaction(table, upload).expect(403);
    }

    @Test
    void fileHandleCellsAreDownloadableThroughTheTable() {
        String fileCol = t.columns(col("file", "FILEHANDLEID")).get(0);
        String files = t.table(project, List.of(fileCol));
        String fh = t.upload("cell.txt", "cell content");
        t.transaction(files, partialRows(files, row(null, fileCol, fh))).expect(201);
        ObjectNode acl = Bodies.obj().put("id", files);
        var ra = acl.putArray("resourceAccess");
        ra.addObject().put("principalId", BuiltInUsers.USER1_ID).putArray("accessType").add("READ").add("DOWNLOAD")
                .add("UPDATE").add("CREATE").add("DELETE").add("CHANGE_PERMISSIONS");
        ra.addObject().put("principalId", BuiltInUsers.USER2_ID).putArray("accessType").add("READ").add("DOWNLOAD");
        user1.post("/repo/v1/entity/" + files + "/acl", acl).expect(201);
        TableTestSupport t2 = new TableTestSupport(user1.as(BuiltInUsers.USER2_TOKEN));
        assertEquals("cell content", t2.downloadThroughTable(files, fh));
        assertEquals(List.of(List.of(fh)), t2.values(files, "select file from " + files));
    }

    @Test
    void removedRoutesAnswer410() {
        user1.post("/repo/v1/table/download/csv/async/start", Bodies.obj()).expect(410);
        user1.post("/repo/v1/table/upload/csv/async/start", Bodies.obj()).expect(410);
        user1.post("/repo/v1/column/view/scope", Bodies.obj()).expect(410);
    }

    @Test
    void emptySchemaQueriesAreEmpty() {
        String empty = t.table(project, List.of());
        JsonNode b = t.query(empty, "select * from " + empty, 0x3).expect(201, TableTestSupport.BUNDLE).json();
        assertEquals(0, b.get("queryResult").get("queryResults").get("rows").size());
        assertEquals(0, b.get("queryCount").asLong());
        ObjectNode down = Bodies.obj().put("concreteType", "org.sagebionetworks.repo.model.table.DownloadFromTableRequest")
                .put("sql", "select * from " + empty);
        t.job("/repo/v1/entity/" + empty + "/table/download/csv/async", down)
                .expectError(400, "Table " + empty + " has an empty schema");
    }

    @Test
    void snapshotsAreReadOnly() {
        t.transaction(table, partialRows(table, row(null, name, "a"))).expect(201);
        long v = user1.post("/repo/v1/entity/" + table + "/table/snapshot", Bodies.obj()).expect(201).json()
                .get("snapshotVersionNumber").asLong();
        JsonNode version = user1.get("/repo/v1/entity/" + table + "/version/" + v).expect(200).json();
        assertEquals(Long.toString(v), version.get("versionLabel").asText());
        JsonNode current = user1.get("/repo/v1/entity/" + table).expect(200).json();
        assertEquals("in progress", current.get("versionLabel").asText());
        assertNull(current.get("versionComment"));
        t.query(table, "select * from " + table + ".99", 1).expect(404);
    }
}
