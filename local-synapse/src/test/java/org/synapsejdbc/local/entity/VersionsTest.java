package org.synapsejdbc.local.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synapsejdbc.local.support.Bodies.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.synapsejdbc.local.LocalSynapse;
import org.synapsejdbc.local.LocalSynapseExtension;
import org.synapsejdbc.local.auth.BuiltInUsers;
import org.synapsejdbc.local.support.Bodies;
import org.synapsejdbc.local.support.FileHandles;
import org.synapsejdbc.local.support.Http;

/** Entity versions: newVersion=true, listing with paging, version N, zero etag of old versions, deletion. */
@ExtendWith(LocalSynapseExtension.class)
class VersionsTest {

    static final String VERSION_INFO = "PaginatedResults<org.sagebionetworks.repo.model.VersionInfo>";
    Http user1;

    @BeforeEach
    void client(LocalSynapse server) {
        user1 = new Http(server.baseUrl(), BuiltInUsers.USER1_TOKEN);
    }

    @Test
    void newVersionsPagingAndOldVersions() {
        String pid = user1.post("/repo/v1/entity", entity(Bodies.PROJECT, Bodies.unique("v"), null)).expect(201).text("id");
        String[] handles = new String[5];
        for (int i = 1; i <= 4; i++) {
            handles[i] = FileHandles.external(user1, "f" + i + ".txt");
        }
        JsonNode file = user1.post("/repo/v1/entity", entity(Bodies.FILE, "data.txt", pid)
                .put("dataFileHandleId", handles[1])).expect(201, Bodies.FILE).json();
        String id = file.get("id").asText();
        assertEquals(1, file.get("versionNumber").asLong());
        assertEquals("1", file.get("versionLabel").asText());
        assertTrue(file.get("isLatestVersion").asBoolean());
        JsonNode current = file;
        for (int i = 2; i <= 4; i++) {
            ObjectNode next = (ObjectNode) current.deepCopy();
            next.put("dataFileHandleId", handles[i]).put("versionComment", "v" + i)
                    .put("versionLabel", Integer.toString(i));
            current = user1.put("/repo/v1/entity/" + id + "?newVersion=true", next).expect(200, Bodies.FILE).json();
            assertEquals(i, current.get("versionNumber").asLong());
        }
        ObjectNode same = (ObjectNode) current.deepCopy();
        same.put("description", "no new version without the flag");
        current = user1.put("/repo/v1/entity/" + id, same).expect(200).json();
        assertEquals(4, current.get("versionNumber").asLong());

        JsonNode page = user1.get("/repo/v1/entity/" + id + "/version?offset=0&limit=3").expect(200, VERSION_INFO).json();
        assertEquals(3, page.get("results").size());
        assertEquals(4, page.get("results").get(0).get("versionNumber").asLong());
        assertTrue(page.get("results").get(0).get("isLatestVersion").asBoolean());
        assertEquals(4, page.get("totalNumberOfResults").asLong(), "offset + page size + 1 when the page is full");
        JsonNode last = user1.get("/repo/v1/entity/" + id + "/version?offset=3&limit=3").expect(200, VERSION_INFO).json();
        assertEquals(1, last.get("results").size());
        assertEquals(4, last.get("totalNumberOfResults").asLong());

        JsonNode v2 = user1.get("/repo/v1/entity/" + id + "/version/2").expect(200, Bodies.FILE).json();
        assertEquals("00000000-0000-0000-0000-000000000000", v2.get("etag").asText());
        assertEquals(handles[2], v2.get("dataFileHandleId").asText());
        assertEquals("v2", v2.get("versionComment").asText());
        assertFalse(v2.get("isLatestVersion").asBoolean());
        assertEquals(current.get("name"), v2.get("name"));
        JsonNode v4 = user1.get("/repo/v1/entity/" + id + "/version/4").expect(200).json();
        assertEquals(current.get("etag"), v4.get("etag"));
        user1.get("/repo/v1/entity/" + id + "/version/9").expect(404);
        user1.get("/repo/v1/entity/" + id + "/version/x").expect(400);

        ObjectNode oldEtag = (ObjectNode) v2.deepCopy();
        user1.put("/repo/v1/entity/" + id, oldEtag).expect(412);
    }

    @Test
    void newVersionIsIgnoredForTables() {
        String pid = user1.post("/repo/v1/entity", entity(Bodies.PROJECT, Bodies.unique("t"), null)).expect(201).text("id");
        JsonNode t = user1.post("/repo/v1/entity", entity(Bodies.TABLE, "t", pid)).expect(201, Bodies.TABLE).json();
        JsonNode after = user1.put("/repo/v1/entity/" + t.get("id").asText() + "?newVersion=true", t)
                .expect(200, Bodies.TABLE).json();
        assertEquals(1, after.get("versionNumber").asLong());
    }

    @Test
    void deleteVersions() {
        String pid = user1.post("/repo/v1/entity", entity(Bodies.PROJECT, Bodies.unique("d"), null)).expect(201).text("id");
        String first = FileHandles.external(user1, "f1.txt");
        JsonNode f = user1.post("/repo/v1/entity", entity(Bodies.FILE, "f", pid).put("dataFileHandleId", first))
                .expect(201).json();
        String id = f.get("id").asText();
        user1.delete("/repo/v1/entity/" + id + "/version/1").expectError(400, "Cannot delete the last version of a node");
        ObjectNode next = (ObjectNode) f.deepCopy();
        next.put("dataFileHandleId", FileHandles.external(user1, "f2.txt"));
        user1.put("/repo/v1/entity/" + id + "?newVersion=true", next).expect(200);
        user1.as(BuiltInUsers.USER2_TOKEN).delete("/repo/v1/entity/" + id + "/version/2").expect(403);
        user1.delete("/repo/v1/entity/" + id + "/version/2").expect(204);
        JsonNode now = user1.get("/repo/v1/entity/" + id).expect(200, Bodies.FILE).json();
        assertEquals(1, now.get("versionNumber").asLong());
        assertEquals(first, now.get("dataFileHandleId").asText());
        user1.get("/repo/v1/entity/" + id + "/version/2").expect(404);
    }

    @Test
    void versionBundle() {
        String pid = user1.post("/repo/v1/entity", entity(Bodies.PROJECT, Bodies.unique("b"), null)).expect(201).text("id");
        JsonNode f = user1.post("/repo/v1/entity", entity(Bodies.FILE, "f", pid)
                .put("dataFileHandleId", FileHandles.external(user1, "b1.txt"))).expect(201).json();
        String id = f.get("id").asText();
        ObjectNode next = (ObjectNode) f.deepCopy();
        next.put("dataFileHandleId", FileHandles.external(user1, "b2.txt"));
        user1.put("/repo/v1/entity/" + id + "?newVersion=true", next).expect(200);
        ObjectNode req = Bodies.obj().put("includeEntity", true).put("includeAnnotations", true);
        JsonNode b = user1.post("/repo/v1/entity/" + id + "/version/1/bundle2", req)
                .expect(200, "org.sagebionetworks.repo.model.entitybundle.v2.EntityBundle").json();
        assertEquals(1, b.get("entity").get("versionNumber").asLong());
        assertEquals("00000000-0000-0000-0000-000000000000", b.get("entity").get("etag").asText());
        assertEquals("00000000-0000-0000-0000-000000000000", b.get("annotations").get("etag").asText());
        assertEquals(f.get("dataFileHandleId"), b.get("entity").get("dataFileHandleId"));
        user1.post("/repo/v1/entity/" + id + "/version/7/bundle2", req).expect(404);
    }
}
