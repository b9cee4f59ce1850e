package org.synapsejdbc.local.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synapsejdbc.local.table.TableTestSupport.col;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.synapsejdbc.local.LocalSynapse;
import org.synapsejdbc.local.LocalSynapseExtension;
import org.synapsejdbc.local.auth.BuiltInUsers;
import org.synapsejdbc.local.support.Bodies;
import org.synapsejdbc.local.support.FileHandles;
import org.synapsejdbc.local.support.Http;

/** Entity views: rows from the scope, object fields and annotations, writes through the view, row ACLs, lag. */
@ExtendWith(LocalSynapseExtension.class)
class EntityViewTest {

    Http user1;
    TableTestSupport t;
    LocalSynapse server;
    String project;
    String folderA;
    String folderB;
    List<String> files = new ArrayList<>();

    @BeforeEach
    void setUp(LocalSynapse server) {
        this.server = server;
        server.context().service(TableSettings.class).viewLag(Duration.ZERO);
        user1 = new Http(server.baseUrl(), BuiltInUsers.USER1_TOKEN);
        t = new TableTestSupport(user1);
        project = t.project();
        folderA = user1.post("/repo/v1/entity", Bodies.entity(Bodies.FOLDER, "A", project)).expect(201).text("id");
        folderB = user1.post("/repo/v1/entity", Bodies.entity(Bodies.FOLDER, "B", project)).expect(201).text("id");
        files.clear();
        for (int i = 0; i < 3; i++) {
            String parent = i < 2 ? folderA : folderB;
            String fh = FileHandles.external(user1, "f" + i + ".txt");
            String id = user1.post("/repo/v1/entity", Bodies.entity(Bodies.FILE, "file" + i, parent)
                    .put("dataFileHandleId", fh)).expect(201).text("id");
            files.add(id);
            JsonNode a = user1.get("/repo/v1/entity/" + id + "/annotations2").expect(200).json();
            ObjectNode body = Bodies.obj().put("id", id).put("etag", a.get("etag").asText());
            ObjectNode ann = body.putObject("annotations");
            ann.putObject("species").put("type", "STRING").putArray("value").add(i == 0 ? "Human" : "mouse");
            ann.putObject("age").put("type", "LONG").putArray("value").add(Integer.toString(10 * (i + 1)));
            if (i == 2) {
                ann.putObject("tags").put("type", "STRING").putArray("value").add("x").add("y");
            }
            user1.put("/repo/v1/entity/" + id + "/annotations2", body).expect(200);
        }
    }

    String createView() {
        JsonNode defaults = user1.get("/repo/v1/column/tableview/defaults?viewEntityType=entityview&viewTypeMask=1")
                .expect(200, TableTestSupport.CM_LIST).json();
        ObjectNode scopeReq = Bodies.obj().put("concreteType", "org.sagebionetworks.repo.model.table.ViewColumnModelRequest");
        scopeReq.putObject("viewScope").put("viewEntityType", "entityview").put("viewTypeMask", 1)
                .putArray("scope").add(project);
        JsonNode scoped = t.job("/repo/v1/column/view/scope/async", scopeReq)
                .expect(201, "org.sagebionetworks.repo.model.table.ViewColumnModelResponse").json();
        List<String> names = new ArrayList<>();
        scoped.get("results").forEach(n -> names.add(n.get("name").asText() + ":" + n.get("columnType").asText()));
        assertEquals(List.of("age:INTEGER", "species:STRING", "tags:STRING_LIST"), names);
        assertEquals(5, scoped.get("results").get(1).get("maximumSize").asLong());
        assertNull(scoped.get("nextPageToken"));
        ObjectNode batch = Bodies.obj().put("concreteType", "org.sagebionetworks.repo.model.ListWrapper");
        batch.set("list", scoped.get("results"));
        JsonNode created = user1.post("/repo/v1/column/batch", batch).expect(201, TableTestSupport.CM_LIST).json();
        ObjectNode view = Bodies.entity(TableTestSupport.VIEW, "view", project).put("viewTypeMask", 1);
        ArrayNode ids = view.putArray("columnIds");
        defaults.get("list").forEach(c -> ids.add(c.get("id").asText()));
        created.get("list").forEach(c -> ids.add(c.get("id").asText()));
        view.putArray("scopeIds").add(project);
        JsonNode v = user1.post("/repo/v1/entity", view).expect(201, TableTestSupport.VIEW).json();
        assertEquals(project.substring(3), v.get("scopeIds").get(0).asText());
        return v.get("id").asText();
    }

    @Test
    void rowsAreTheEntitiesInScope() {
        String view = createView();
        List<List<String>> rows = t.values(view, "select id, name, species, age, tags, type, parentId, projectId, path"
                + " from " + view + " order by age");
        assertEquals(3, rows.size());
        assertEquals(List.of(files.get(0), "file0", "Human", "10"), rows.get(0).subList(0, 4));
        assertEquals("[\"x\", \"y\"]", rows.get(2).get(4));
        assertEquals(List.of("file", folderA, project), rows.get(0).subList(5, 8));
        assertTrue(rows.get(0).get(8).endsWith("/A/file0"), rows.get(0).get(8));
        List<List<String>> file = t.values(view, "select dataFileName, dataFileConcreteType, dataFileHandleId from "
                + view + " where name = 'file0'");
        assertEquals("f0.txt", file.get(0).get(0));
        assertEquals("org.sagebionetworks.repo.model.file.ExternalFileHandle", file.get(0).get(1));
        assertEquals(user1.get("/repo/v1/entity/" + files.get(0)).text("dataFileHandleId"), file.get(0).get(2));
        // case-insensitive equality over annotation strings
        assertEquals(List.of(List.of("2")), t.values(view, "select count(*) from " + view + " where species = 'MOUSE'"));
        JsonNode q = t.query(view, "select name from " + view + " order by name", 1).expect(201, TableTestSupport.BUNDLE)
                .json().get("queryResult").get("queryResults").get("rows");
        assertEquals(Long.parseLong(files.get(0).substring(3)), q.get(0).get("rowId").asLong());
    }

    @Test
    void writesThroughTheViewUpdateAnnotations() {
        String view = createView();
        ObjectNode body = Bodies.obj().put("concreteType", "org.sagebionetworks.repo.model.table.QueryBundleRequest")
                .put("partMask", 0x11);
        body.putObject("query").put("sql", "select species from " + view + " order by age").put("includeEntityEtag", true);
        JsonNode bundle = t.job("/repo/v1/entity/" + view + "/table/query/async", body).expect(201, TableTestSupport.BUNDLE)
                .json();
        JsonNode rows = bundle.get("queryResult").get("queryResults").get("rows");
        String etag0 = rows.get(0).get("etag").asText();
        assertEquals(user1.get("/repo/v1/entity/" + files.get(0)).text("etag"), etag0);
        String speciesId = null;
        for (JsonNode c : bundle.get("columnModels")) {
            if (c.get("name").asText().equals("species")) {
                speciesId = c.get("id").asText();
            }
        }
        ObjectNode r0 = TableTestSupport.row(rows.get(0).get("rowId").asLong(), speciesId, "cat").put("etag", etag0);
        ObjectNode r1 = TableTestSupport.row(rows.get(1).get("rowId").asLong(), speciesId, "dog");
        ObjectNode r2 = TableTestSupport.row(rows.get(2).get("rowId").asLong(), speciesId, "eel").put("etag", "stale");
        JsonNode res = t.transaction(view, TableTestSupport.partialRows(view, r0, r1, r2))
                .expect(201, TableTestSupport.TX_RESPONSE).json().get("results").get(0).get("updateResults");
        assertNull(res.get(0).get("failureCode"));
        assertEquals("ILLEGAL_ARGUMENT", res.get(1).get("failureCode").asText());
        assertEquals("The 'etag' must be included to update an Entity's annotations.", res.get(1).get("failureMessage").asText());
        assertEquals("CONCURRENT_UPDATE", res.get(2).get("failureCode").asText());
        JsonNode ann = user1.get("/repo/v1/entity/" + files.get(0) + "/annotations2").json();
        assertEquals("cat", ann.get("annotations").get("species").get("value").get(0).asText());
        assertEquals(List.of(List.of("cat"), List.of("mouse"), List.of("mouse")),
                t.values(view, "select species from " + view + " order by age"));
    }

    @Test
    void callerSeesOnlyReadableRows() {
        String view = createView();
        ObjectNode acl = Bodies.obj().put("id", folderA);
        ArrayNode ra = acl.putArray("resourceAccess");
        ra.addObject().put("principalId", BuiltInUsers.USER1_ID).putArray("accessType").add("READ").add("DOWNLOAD")
                .add("UPDATE").add("CREATE").add("DELETE").add("CHANGE_PERMISSIONS");
        ra.addObject().put("principalId", BuiltInUsers.USER2_ID).putArray("accessType").add("READ");
        user1.post("/repo/v1/entity/" + folderA + "/acl", acl).expect(201);
        ObjectNode viewAcl = acl.deepCopy().put("id", view);
        user1.post("/repo/v1/entity/" + view + "/acl", viewAcl).expect(201);
        Http user2 = user1.as(BuiltInUsers.USER2_TOKEN);
        TableTestSupport t2 = new TableTestSupport(user2);
        assertEquals(List.of(List.of("file0"), List.of("file1")), t2.values(view, "select name from " + view + " order by name"));
        assertEquals(List.of(List.of("3")), t.values(view, "select count(*) from " + view));
        JsonNode counted = t2.query(view, "select * from " + view, 2).expect(201, TableTestSupport.BUNDLE).json();
        assertEquals(2, counted.get("queryCount").asLong());
    }

    @Test
    void viewLagDelaysChanges() {
        String view = createView();
        assertEquals(3, t.values(view, "select name from " + view).size());
        TableSettings settings = server.context().service(TableSettings.class);
        settings.viewLag(Duration.ofHours(1));
        user1.post("/repo/v1/entity", Bodies.entity(Bodies.FILE, "late", folderB)
                .put("dataFileHandleId", FileHandles.external(user1, "late.txt"))).expect(201);
        assertEquals(3, t.values(view, "select name from " + view).size());
        settings.viewLag(Duration.ZERO);
        assertEquals(4, t.values(view, "select name from " + view).size());
    }

    @Test
    void queriesWaitWhileTheViewIsBuilt() {
        String view = createView();
        TableSettings settings = server.context().service(TableSettings.class);
        settings.viewBuildDelay(Duration.ofMillis(1500));
        try {
            ObjectNode body = Bodies.obj().put("concreteType", "org.sagebionetworks.repo.model.table.QueryBundleRequest")
                    .put("partMask", 1);
            body.putObject("query").put("sql", "select name from " + view);
            String token = user1.post("/repo/v1/entity/" + view + "/table/query/async/start", body).expect(201)
                    .text("token");
            TableTestSupport.sleep(300);
            JsonNode status = user1.get("/repo/v1/entity/" + view + "/table/query/async/get/" + token)
                    .expect(202, TableTestSupport.STATUS).json();
            assertEquals("PROCESSING", status.get("jobState").asText());
            assertEquals("Waiting for the table index to become available...", status.get("progressMessage").asText());
        } finally {
            settings.viewBuildDelay(Duration.ZERO);
        }
    }

    @Test
    void csvUploadToAViewUpdatesAnnotations() {
        String view = createView();
        ObjectNode body = Bodies.obj().put("concreteType", "org.sagebionetworks.repo.model.table.QueryBundleRequest")
                .put("partMask", 1);
        body.putObject("query").put("sql", "select species from " + view + " where age = 10").put("includeEntityEtag", true);
        JsonNode r = t.job("/repo/v1/entity/" + view + "/table/query/async", body).expect(201, TableTestSupport.BUNDLE)
                .json().get("queryResult").get("queryResults").get("rows").get(0);
        String csv = "ROW_ID,ROW_VERSION,ROW_ETAG,species\n" + r.get("rowId").asLong() + ","
                + r.get("versionNumber").asLong() + "," + r.get("etag").asText() + ",lynx\n";
        String fh = t.upload("view.csv", csv);
        ObjectNode upload = Bodies.obj().put("concreteType", "org.sagebionetworks.repo.model.table.UploadToTableRequest")
                .put("tableId", view).put("uploadFileHandleId", fh);
        JsonNode res = t.transaction(view, upload).expect(201, TableTestSupport.TX_RESPONSE).json().get("results").get(0);
        assertEquals(1, res.get("updateResults").size());
        assertNull(res.get("updateResults").get(0).get("failureCode"));
        assertEquals(List.of(List.of("lynx")), t.values(view, "select species from " + view + " where age = 10"));
    }

    @Test
    void viewSnapshotThroughATransaction() {
        String view = createView();
        ObjectNode snap = Bodies.obj().put("concreteType",
                "org.sagebionetworks.repo.model.table.TableUpdateTransactionRequest").put("createSnapshot", true);
        long v = t.job("/repo/v1/entity/" + view + "/table/transaction/async", snap)
                .expect(201, TableTestSupport.TX_RESPONSE).json().get("snapshotVersionNumber").asLong();
        user1.post("/repo/v1/entity", Bodies.entity(Bodies.FILE, "after", folderB)
                .put("dataFileHandleId", FileHandles.external(user1, "after.txt"))).expect(201);
        assertEquals(List.of(List.of("3")), t.values(view, "select count(*) from " + view + "." + v));
        assertEquals(List.of(List.of("4")), t.values(view, "select count(*) from " + view));
    }

    @Test
    void datasetRowsAreItsItemsAtTheirVersions() {
        JsonNode defaults = user1.get("/repo/v1/column/tableview/defaults?viewEntityType=dataset")
                .expect(200, TableTestSupport.CM_LIST).json();
        ObjectNode ds = Bodies.entity("org.sagebionetworks.repo.model.table.Dataset", "ds", project);
        ArrayNode ids = ds.putArray("columnIds");
        defaults.get("list").forEach(c -> ids.add(c.get("id").asText()));
        ArrayNode items = ds.putArray("items");
        items.addObject().put("entityId", files.get(0)).put("versionNumber", 1);
        items.addObject().put("entityId", files.get(2));
        String id = user1.post("/repo/v1/entity", ds).expect(201).text("id");
        assertEquals(List.of(List.of(files.get(0), "file0"), List.of(files.get(2), "file2")),
                t.values(id, "select id, name from " + id + " order by name"));
    }

    @Test
    void viewColumnTooSmallFailsTheQuery() {
        String small = t.columns(col("species", "STRING").put("maximumSize", 3)).get(0);
        ObjectNode view = Bodies.entity(TableTestSupport.VIEW, "small", project).put("viewTypeMask", 1);
        view.putArray("columnIds").add(small);
        view.putArray("scopeIds").add(project);
        String id = user1.post("/repo/v1/entity", view).expect(201).text("id");
        t.query(id, "select species from " + id, 1).expectError(400, "The size of the column 'species' is too small."
                + "  The column size needs to be at least 5 characters.");
    }
}
