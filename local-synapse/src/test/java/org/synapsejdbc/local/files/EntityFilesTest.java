package org.synapsejdbc.local.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.synapsejdbc.local.LocalSynapse;
import org.synapsejdbc.local.LocalSynapseExtension;
import org.synapsejdbc.local.support.Bodies;
import org.synapsejdbc.local.support.Http;

/** FileEntity and files working together: handle checks, automatic versions, bundles, legacy file URLs. */
@ExtendWith(LocalSynapseExtension.class)
class EntityFilesTest {

    private static final String FILE_ENTITY = "org.sagebionetworks.repo.model.FileEntity";
    private static final String BUNDLE = "org.sagebionetworks.repo.model.entitybundle.v2.EntityBundle";
    private static final String HANDLES = "org.sagebionetworks.repo.model.file.FileHandleResults";

    private final LocalSynapse synapse;
    private final Http user1;
    private final Http user2;

    EntityFilesTest(LocalSynapse synapse) {
        this.synapse = synapse;
        this.user1 = new Http(synapse.baseUrl(), synapse.user1Token());
        this.user2 = user1.as(synapse.user2Token());
    }

    private String project(Http who) {
        return who.post("/repo/v1/entity", Bodies.entity(Bodies.PROJECT, Bodies.unique("ef"), null)).expect(201)
                .text("id");
    }

    private ObjectNode fileBody(String parent, String name, String handleId) {
        return Bodies.entity(Bodies.FILE, name, parent).put("dataFileHandleId", handleId);
    }

    @Test
    void aFileEntityNeedsAnExistingHandleTheCallerCreated() {
        String project = project(user1);
        String mine = Uploads.upload(user1, "mine.txt", "mine".getBytes());
        JsonNode e = user1.post("/repo/v1/entity", fileBody(project, "mine.txt", mine)).expect(201, FILE_ENTITY)
                .json();
        assertEquals(mine, e.get("dataFileHandleId").asText());
        assertTrue(e.get("dataFileHandleId").isTextual());
        String theirs = Uploads.upload(user2, "theirs.txt", "theirs".getBytes());
        user1.post("/repo/v1/entity", fileBody(project, "theirs.txt", theirs))
                .expectError(403, "Only the creator of a FileHandle can access it directly by its ID.  "
                        + "FileHandleId = '" + theirs + "', UserId = '3400001'");
        user1.post("/repo/v1/entity", fileBody(project, "ghost.txt", "98765"))
                .expectError(404, "The FileHandle does not exist: 98765");
        user1.post("/repo/v1/entity", Bodies.entity(Bodies.FILE, "none.txt", project))
                .expectError(400, "FileEntity.dataFileHandleId cannot be null");
        // Without a name the entity is named after the file handle's file name.
        String other = Uploads.upload(user1, "named-by-handle.txt", "n".getBytes());
        ObjectNode noName = Bodies.obj().put("concreteType", Bodies.FILE).put("parentId", project)
                .put("dataFileHandleId", other);
        assertEquals("named-by-handle.txt", user1.post("/repo/v1/entity", noName).expect(201).text("name"));
    }

    @Test
    void aHandleTheCallerMayDownloadElsewhereCanBeReused() {
        String project = project(user1);
        String fh = Uploads.upload(user1, "shared.txt", "shared".getBytes());
        user1.post("/repo/v1/entity", fileBody(project, "shared.txt", fh)).expect(201);
        String project2 = project(user2);
        user2.post("/repo/v1/entity", fileBody(project2, "copy.txt", fh)).expect(403);
        // Give user2 READ+DOWNLOAD on user1's project through the ACL route, then the reuse is allowed.
        JsonNode acl = user1.get("/repo/v1/entity/" + project + "/acl").expect(200).json();
        ObjectNode updated = acl.deepCopy();
        ObjectNode entry = Bodies.obj().put("principalId", 3400002L);
        entry.putArray("accessType").add("READ").add("DOWNLOAD");
        ((com.fasterxml.jackson.databind.node.ArrayNode) updated.get("resourceAccess")).add(entry);
        user1.put("/repo/v1/entity/" + project + "/acl", updated).expect(200);
        user2.post("/repo/v1/entity", fileBody(project2, "copy.txt", fh)).expect(201);
    }

    @Test
    void aNewHandleWithDifferentContentMakesANewVersionAndSameContentDoesNot() {
        String project = project(user1);
        String v1 = Uploads.upload(user1, "data.csv", "a,b\n1,2\n".getBytes());
        JsonNode e = user1.post("/repo/v1/entity", fileBody(project, "data.csv", v1)).expect(201).json();
        String id = e.get("id").asText();
        assertEquals(1, e.get("versionNumber").asLong());
        String v2 = Uploads.upload(user1, "data.csv", "a,b\n1,2\n3,4\n".getBytes());
        ObjectNode put = e.deepCopy();
        put.put("dataFileHandleId", v2);
        JsonNode updated = user1.put("/repo/v1/entity/" + id, put).expect(200, FILE_ENTITY).json();
        assertEquals(2, updated.get("versionNumber").asLong());
        assertEquals(v2, updated.get("dataFileHandleId").asText());
        // Same bytes under a new handle (same MD5): no new version.
        String same = Uploads.upload(user1, "data-copy.csv", "a,b\n1,2\n3,4\n".getBytes());
        ObjectNode put2 = updated.deepCopy();
        put2.put("dataFileHandleId", same);
        assertEquals(2, user1.put("/repo/v1/entity/" + id, put2).expect(200, FILE_ENTITY).json().get("versionNumber").asLong());
        JsonNode versions = user1.get("/repo/v1/entity/" + id + "/version").expect(200).json();
        assertEquals(2, versions.get("results").size());
        assertEquals(12L, versions.get("results").get(0).get("contentSize").asLong());
        // Each version's file is served by the legacy redirect.
        HttpResponse<byte[]> r1 = RawHttp.get(user1.get("/repo/v1/entity/" + id + "/version/1/file?redirect=false")
                .expect(200).body());
        assertArrayEquals("a,b\n1,2\n".getBytes(), r1.body());
        HttpResponse<byte[]> current = RawHttp.get(synapse.baseUrl() + "/repo/v1/entity/" + id + "/file",
                "Authorization", "Bearer " + synapse.user1Token());
        assertEquals(307, current.statusCode());
        assertArrayEquals("a,b\n1,2\n3,4\n".getBytes(),
                RawHttp.get(current.headers().firstValue("Location").orElseThrow()).body());
    }

    @Test
    void bundleAndFilehandlesListTheDataFileForCallersWhoMayDownload() {
        String project = project(user1);
        String fh = Uploads.upload(user1, "b.txt", "bundle".getBytes());
        String id = user1.post("/repo/v1/entity", fileBody(project, "b.txt", fh)).expect(201).text("id");
        ObjectNode req = Bodies.obj().put("includeEntity", true).put("includeFileHandles", true)
                .put("includeRestrictionInformation", true);
        JsonNode b = user1.post("/repo/v1/entity/" + id + "/bundle2", req).expect(200, BUNDLE).json();
        assertEquals(1, b.get("fileHandles").size());
        assertEquals(b.get("entity").get("dataFileHandleId").asText(),
                b.get("fileHandles").get(0).get("id").asText());
        JsonNode list = user1.get("/repo/v1/entity/" + id + "/filehandles").expect(200, HANDLES).json();
        assertEquals(fh, list.get("list").get(0).get("id").asText());
        assertEquals(fh, user1.get("/repo/v1/entity/" + id + "/version/1/filehandles").expect(200, HANDLES).json()
                .get("list").get(0).get("id").asText());
        user2.get("/repo/v1/entity/" + id + "/filehandles").expectError(403,
                "You lack READ access to the requested entity.");
        user1.get("/repo/v1/entity/" + project + "/filehandles").expect(200, HANDLES);
        JsonNode folderBundle = user1.post("/repo/v1/entity/" + project + "/bundle2", req).expect(200, BUNDLE).json();
        assertEquals(0, folderBundle.get("fileHandles").size());
        user1.get("/repo/v1/entity/" + project + "/file").expectError(400,
                "The entity " + project + " is not a FileEntity");
        user2.get("/repo/v1/entity/" + id + "/file?redirect=false").expectError(403,
                "You lack DOWNLOAD access to the requested entity.");
    }
}
