package org.synapsejdbc.local.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.synapsejdbc.local.LocalSynapse;
import org.synapsejdbc.local.LocalSynapseExtension;
import org.synapsejdbc.local.support.Bodies;
import org.synapsejdbc.local.support.Http;

/** File handle reads, external handles, the download batch and the redirecting file URL over real HTTP. */
@ExtendWith(LocalSynapseExtension.class)
class FileHandleRoutesTest {

    static final String BATCH_RESULT = "org.sagebionetworks.repo.model.file.BatchFileResult";

    private final LocalSynapse synapse;
    private final Http user1;
    private final Http user2;
    private final Http anonymous;

    FileHandleRoutesTest(LocalSynapse synapse) {
        this.synapse = synapse;
        this.user1 = new Http(synapse.baseUrl(), synapse.user1Token());
        this.user2 = user1.as(synapse.user2Token());
        this.anonymous = user1.as(null);
    }

    private String project() {
        return user1.post("/repo/v1/entity", Bodies.entity(Bodies.PROJECT, Bodies.unique("files"), null)).expect(201)
                .text("id");
    }

    private String fileEntity(String parentId, String handleId, String name) {
        return user1.post("/repo/v1/entity", Bodies.entity(Bodies.FILE, name, parentId)
                .put("dataFileHandleId", handleId)).expect(201).text("id");
    }

    private static ObjectNode batch(boolean handles, boolean urls, ObjectNode... items) {
        ObjectNode b = Bodies.obj().put("includeFileHandles", handles).put("includePreSignedURLs", urls)
                .put("includePreviewPreSignedURLs", false);
        ArrayNode a = b.putArray("requestedFiles");
        for (ObjectNode i : items) {
            a.add(i);
        }
        return b;
    }

    private static ObjectNode item(Object fileHandleId, String objectId, String type) {
        ObjectNode i = Bodies.obj().put("associateObjectId", objectId).put("associateObjectType", type);
        if (fileHandleId instanceof Long n) {
            i.put("fileHandleId", n);
        } else {
            i.put("fileHandleId", (String) fileHandleId);
        }
        return i;
    }

    @Test
    void onlyTheCreatorReadsAFileHandle() {
        String id = Uploads.upload(user1, "mine.txt", "hello".getBytes());
        JsonNode h = user1.get("/file/v1/fileHandle/" + id).expect(200, Uploads.S3_HANDLE).json();
        assertEquals("org.sagebionetworks.repo.model.file.S3FileHandle", h.get("concreteType").asText());
        assertEquals("local-synapse", h.get("bucketName").asText());
        assertEquals(1, h.get("storageLocationId").asLong());
        assertEquals("AVAILABLE", h.get("status").asText());
        user2.get("/file/v1/fileHandle/" + id).expectError(403, "Only the creator of a FileHandle can access it "
                + "directly by its ID.  FileHandleId = '" + id + "', UserId = '3400002'");
        user1.get("/file/v1/fileHandle/123").expectError(404, "The FileHandle does not exist: 123");
        anonymous.get("/file/v1/fileHandle/" + id).expect(403);
    }

    @Test
    void externalFileHandlesAreCreatedAndServedAsTheirUrl() {
        ObjectNode body = Bodies.obj().put("concreteType", "org.sagebionetworks.repo.model.file.ExternalFileHandle")
                .put("externalURL", "https://example.org/data/file.csv").put("contentType", "text/csv")
                .put("contentMd5", "0123456789abcdef0123456789abcdef").put("contentSize", 12);
        JsonNode h = user1.post("/file/v1/externalFileHandle", body)
                .expect(200, "org.sagebionetworks.repo.model.file.ExternalFileHandle").json();
        assertEquals("file.csv", h.get("fileName").asText());
        assertEquals("3400001", h.get("createdBy").asText());
        String id = h.get("id").asText();
        assertEquals("https://example.org/data/file.csv",
                user1.get("/file/v1/fileHandle/" + id + "/url?redirect=false").expect(200).body());
        user1.post("/file/v1/externalFileHandle", body.deepCopy().put("externalURL", "not a url"))
                .expectError(400, "The ExternalURL is not a valid url: not a url");
        user1.post("/file/v1/externalFileHandle", body.deepCopy().putNull("externalURL"))
                .expectError(400, "ExternalURL cannot be null");
        anonymous.post("/file/v1/externalFileHandle", body).expectError(403, "Anonymous cannot upload files.");
    }

    @Test
    void batchReturnsHandlesAndWorkingUrlsForStringAndNumberIds() {
        String project = project();
        byte[] content = "batch content".getBytes();
        String fh = Uploads.upload(user1, "b.txt", content);
        String file = fileEntity(project, fh, "b.txt");
        JsonNode r = user1.post("/file/v1/fileHandle/batch", batch(true, true,
                item(fh, file, "FileEntity"), item(Long.parseLong(fh), file, "FileEntity")))
                .expect(201, BATCH_RESULT).json();
        for (JsonNode f : r.get("requestedFiles")) {
            assertEquals(fh, f.get("fileHandleId").asText());
            assertTrue(f.get("fileHandleId").isTextual());
            assertNull(f.get("failureCode"));
            assertEquals(fh, f.get("fileHandle").get("id").asText());
            HttpResponse<byte[]> d = RawHttp.get(f.get("preSignedURL").asText());
            assertEquals(200, d.statusCode());
            assertArrayEquals(content, d.body());
        }
        JsonNode bare = user1.post("/file/v1/fileHandle/batch", batch(false, false, item(fh, file, "FileEntity")))
                .expect(201, BATCH_RESULT).json().get("requestedFiles").get(0);
        assertNull(bare.get("fileHandle"));
        assertNull(bare.get("preSignedURL"));
        assertNull(bare.get("failureCode"));
    }

    @Test
    void batchFailureCodes() {
        String project = project();
        String fh = Uploads.upload(user1, "c.txt", "c".getBytes());
        String file = fileEntity(project, fh, "c.txt");
        String other = Uploads.upload(user1, "d.txt", "d".getBytes());
        JsonNode r = user1.post("/file/v1/fileHandle/batch", batch(true, true,
                item("999", file, "FileEntity"),
                item(other, file, "FileEntity"),
                item(fh, "syn999999999", "FileEntity"),
                item(fh, project, "FileEntity"),
                item(fh, file, "WikiAttachment"))).expect(201, BATCH_RESULT).json();
        String[] expected = {"NOT_FOUND", "UNAUTHORIZED", "NOT_FOUND", "UNAUTHORIZED", "UNAUTHORIZED"};
        for (int i = 0; i < expected.length; i++) {
            JsonNode f = r.get("requestedFiles").get(i);
            assertEquals(expected[i], f.get("failureCode").asText(), f.toString());
            assertNull(f.get("preSignedURL"));
            assertNull(f.get("fileHandle"));
        }
        JsonNode u2 = user2.post("/file/v1/fileHandle/batch", batch(true, true, item(fh, file, "FileEntity")))
                .expect(201, BATCH_RESULT).json().get("requestedFiles").get(0);
        assertEquals("UNAUTHORIZED", u2.get("failureCode").asText());
        JsonNode anon = anonymous.post("/file/v1/fileHandle/batch", batch(true, true, item(fh, file, "FileEntity")))
                .expect(201, BATCH_RESULT).json().get("requestedFiles").get(0);
        assertEquals("UNAUTHORIZED", anon.get("failureCode").asText());
    }

    @Test
    void batchAcceptsAtMostOneHundredItems() {
        ObjectNode[] items = new ObjectNode[101];
        for (int i = 0; i < items.length; i++) {
            items[i] = item("1", "syn1", "FileEntity");
        }
        user1.post("/file/v1/fileHandle/batch", batch(true, true, items))
                .expectError(400, "Request exceeds the maximum number of objects per request: 100");
        user1.post("/file/v1/fileHandle/batch", batch(true, true, java.util.Arrays.copyOf(items, 100)))
                .expect(201, BATCH_RESULT);
        user1.post("/file/v1/fileHandle/batch", Bodies.obj().put("includeFileHandles", true))
                .expectError(400, "BatchFileRequest.requestedFiles is required.");
        user1.as("local-synapse-user1-view-token").post("/file/v1/fileHandle/batch", batch(true, true))
                .expect(403);
    }

    @Test
    void fileUrlRedirectsOrAnswersTextForAnAssociatedHandle() {
        String project = project();
        byte[] content = "redirect me".getBytes();
        String fh = Uploads.upload(user1, "r.txt", content);
        String file = fileEntity(project, fh, "r.txt");
        String path = "/file/v1/file/" + fh + "?fileAssociateType=FileEntity&fileAssociateId=" + file;
        HttpResponse<byte[]> redirect = RawHttp.get(synapse.baseUrl() + path, "Authorization",
                "Bearer " + synapse.user1Token());
        assertEquals(307, redirect.statusCode());
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertArrayEquals(content, RawHttp.get(location).body());
        Http.Res text = user1.get(path + "&redirect=false").expect(200);
        assertTrue(text.header("Content-Type").startsWith("text/plain"));
        assertArrayEquals(content, RawHttp.get(text.body()).body());
        user2.get(path + "&redirect=false").expectError(403, "You lack DOWNLOAD access to the requested entity.");
        anonymous.get(path + "&redirect=false").expectError(403,
                "Anonymous users have only READ access permission.");
        user1.get("/file/v1/file/" + fh + "?fileAssociateType=FileEntity")
                .expectError(400, "Required request parameter 'fileAssociateId' for method parameter type String is "
                        + "not present");
        user1.get("/file/v1/file/42?fileAssociateType=FileEntity&fileAssociateId=" + file)
                .expectError(404, "The FileHandle does not exist: 42");
    }

    @Test
    void uploadDestinationIsSynapseStorage() {
        String project = project();
        JsonNode d = user1.get("/file/v1/entity/" + project + "/uploadDestination")
                .expect(200, "org.sagebionetworks.repo.model.file.S3UploadDestination").json();
        assertEquals("org.sagebionetworks.repo.model.file.S3UploadDestination", d.get("concreteType").asText());
        assertEquals(1, d.get("storageLocationId").asLong());
        assertEquals("S3", d.get("uploadType").asText());
        user1.get("/file/v1/entity/syn999999999/uploadDestination")
                .expectError(404, "Resource: 'syn999999999' does not exist");
        user2.get("/file/v1/entity/" + project + "/uploadDestination")
                .expectError(403, "You lack READ access to the requested entity.");
    }
}
