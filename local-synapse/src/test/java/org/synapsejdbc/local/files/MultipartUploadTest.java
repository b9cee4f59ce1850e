package org.synapsejdbc.local.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synapsejdbc.local.files.Uploads.MIB;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.synapsejdbc.client.files.Md5;
import org.synapsejdbc.local.LocalSynapse;
import org.synapsejdbc.local.LocalSynapseExtension;
import org.synapsejdbc.local.support.Bodies;
import org.synapsejdbc.local.support.Http;

/** The multipart upload protocol over real HTTP: sizes, parts, MD5s, resume, completion and its error texts. */
@ExtendWith(LocalSynapseExtension.class)
class MultipartUploadTest {

    private final LocalSynapse synapse;
    private final Http user1;
    private final Http user2;

    MultipartUploadTest(LocalSynapse synapse) {
        this.synapse = synapse;
        this.user1 = new Http(synapse.baseUrl(), synapse.user1Token());
        this.user2 = user1.as(synapse.user2Token());
    }

    private JsonNode handle(String id) {
        return user1.get("/file/v1/fileHandle/" + id).expect(200, Uploads.S3_HANDLE).json();
    }

    /** Downloads through a presigned URL of the creator's own handle. */
    private byte[] download(String handleId, String... headers) {
        String url = user1.get("/file/v1/fileHandle/" + handleId + "/url?redirect=false").expect(200).body();
        HttpResponse<byte[]> r = RawHttp.get(url, headers);
        assertEquals(headers.length == 0 ? 200 : 206, r.statusCode(), () -> RawHttp.text(r));
        return r.body();
    }

    @Test
    void oneByteFileUploadsAsOnePartAndRecordsTheFileMd5() {
        byte[] content = {42};
        String id = Uploads.upload(user1, "one.bin", content);
        JsonNode h = handle(id);
        assertEquals(1, h.get("contentSize").asLong());
        assertEquals(Md5.hex(content), h.get("contentMd5").asText());
        assertEquals("one.bin", h.get("fileName").asText());
        assertEquals("application/octet-stream", h.get("contentType").asText());
        assertEquals("3400001", h.get("createdBy").asText());
        assertArrayEquals(content, download(id));
    }

    @Test
    void exactlyFiveMibIsOnePartAndFiveMibPlusOneIsTwo() {
        byte[] five = Uploads.random((int) (5 * MIB), 1);
        JsonNode s = Uploads.start(user1, Uploads.request("five.bin", five, 5 * MIB));
        assertEquals("0", s.get("partsState").asText());
        assertEquals("UPLOADING", s.get("state").asText());
        String id5 = Uploads.upload(user1, "five.bin", five);
        assertArrayEquals(five, download(id5));

        byte[] fivePlus = Uploads.random((int) (5 * MIB) + 1, 2);
        JsonNode s2 = Uploads.start(user1, Uploads.request("fiveplus.bin", fivePlus, 5 * MIB));
        assertEquals("00", s2.get("partsState").asText());
        String id = Uploads.upload(user1, "fiveplus.bin", fivePlus);
        assertEquals(5 * MIB + 1, handle(id).get("contentSize").asLong());
        assertArrayEquals(fivePlus, download(id));
    }

    @Test
    void seventeenMibMultipartUploadDownloadsByteExactWithRangeResume() {
        byte[] content = Uploads.random((int) (17 * MIB), 17);
        String id = Uploads.upload(user1, "big.bin", content);
        JsonNode h = handle(id);
        assertEquals(17 * MIB, h.get("contentSize").asLong());
        assertEquals(Md5.hex(content), h.get("contentMd5").asText());
        // An interrupted download resumes with Range: bytes=N- and gets exactly the rest (206 + Content-Range).
        int cut = 7 * 1024 * 1024 + 123;
        String url = user1.get("/file/v1/fileHandle/" + id + "/url?redirect=false").expect(200).body();
        HttpResponse<byte[]> rest = RawHttp.get(url, "Range", "bytes=" + cut + "-");
        assertEquals(206, rest.statusCode());
        assertEquals("bytes " + cut + "-" + (content.length - 1) + "/" + content.length,
                rest.headers().firstValue("Content-Range").orElseThrow());
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        joined.write(content, 0, cut);
        joined.writeBytes(rest.body());
        assertArrayEquals(content, joined.toByteArray());
        assertEquals(Md5.hex(content), Md5.hex(joined.toByteArray()));
        HttpResponse<byte[]> whole = RawHttp.get(url);
        assertEquals(200, whole.statusCode());
        assertEquals(String.valueOf(content.length), whole.headers().firstValue("Content-Length").orElseThrow());
        assertArrayEquals(content, whole.body());
    }

    @Test
    void addWithTheWrongMd5FailsAndTheRightOneSucceeds() {
        byte[] content = Uploads.random(1000, 5);
        JsonNode s = Uploads.start(user1, Uploads.request("md5.bin", content, 5 * MIB));
        String uploadId = s.get("uploadId").asText();
        assertEquals(200, RawHttp.put(Uploads.partUrl(user1, uploadId, 1), content).statusCode());
        JsonNode failed = user1.put("/file/v1/file/multipart/" + uploadId + "/add/1?partMD5Hex="
                + Md5.hex(new byte[] {1}), null).expect(201, Uploads.ADD_PART).json();
        assertEquals("ADD_FAILED", failed.get("addPartState").asText());
        assertEquals("The provided MD5 does not match the MD5 of the uploaded part.  Please re-upload the part.",
                failed.get("errorMessage").asText());
        assertEquals(uploadId, failed.get("uploadId").asText());
        assertEquals(1, failed.get("partNumber").asLong());
        assertEquals("0", Uploads.start(user1, Uploads.request("md5.bin", content, 5 * MIB)).get("partsState")
                .asText());
        user1.put("/file/v1/file/multipart/" + uploadId + "/complete", null)
                .expectError(400, "Missing 1 part(s).  All parts must be successfully added before a file upload "
                        + "can be completed.");
        JsonNode ok = user1.put("/file/v1/file/multipart/" + uploadId + "/add/1?partMD5Hex=" + Md5.hex(content),
                null).expect(201, Uploads.ADD_PART).json();
        assertEquals("ADD_SUCCESS", ok.get("addPartState").asText());
        assertNull(ok.get("errorMessage"));
    }

    @Test
    void addingAPartThatWasNeverUploadedFails() {
        byte[] content = Uploads.random(10, 6);
        String uploadId = Uploads.start(user1, Uploads.request("never.bin", content, 5 * MIB)).get("uploadId")
                .asText();
        JsonNode r = user1.put("/file/v1/file/multipart/" + uploadId + "/add/1?partMD5Hex=" + Md5.hex(content),
                null).expect(201, Uploads.ADD_PART).json();
        assertEquals("ADD_FAILED", r.get("addPartState").asText());
        assertEquals("The specified key does not exist.", r.get("errorMessage").asText());
        user1.put("/file/v1/file/multipart/" + uploadId + "/add/1", null)
                .expectError(400, "Required request parameter 'partMD5Hex' for method parameter type String is not "
                        + "present");
    }

    @Test
    void theSameRequestResumesTheSameUploadAndForceRestartStartsOver() {
        byte[] content = Uploads.random((int) (11 * MIB), 11);
        ObjectNode req = Uploads.request("resume.bin", content, 5 * MIB);
        JsonNode first = Uploads.start(user1, req);
        String uploadId = first.get("uploadId").asText();
        assertEquals("000", first.get("partsState").asText());
        Uploads.uploadPart(user1, uploadId, content, 5 * MIB, 2);
        // The client "crashes"; starting again with the same request finds the same upload and its progress.
        JsonNode resumed = Uploads.start(user1, req);
        assertEquals(uploadId, resumed.get("uploadId").asText());
        assertEquals("010", resumed.get("partsState").asText());
        assertEquals(first.get("startedOn").asText(), resumed.get("startedOn").asText());
        // Another user with the same request gets its own upload.
        assertNotEquals(uploadId, Uploads.start(user2, req).get("uploadId").asText());
        String handleId = Uploads.upload(user1, "resume.bin", content);
        JsonNode completed = Uploads.start(user1, req);
        assertEquals("COMPLETED", completed.get("state").asText());
        assertEquals(handleId, completed.get("resultFileHandleId").asText());
        assertEquals("111", completed.get("partsState").asText());
        assertArrayEquals(content, download(handleId));
        // Completing again answers the same status; adding to a completed upload is refused.
        assertEquals(handleId, user1.put("/file/v1/file/multipart/" + uploadId + "/complete", null)
                .expect(201, Uploads.STATUS).text("resultFileHandleId"));
        user1.put("/file/v1/file/multipart/" + uploadId + "/add/1?partMD5Hex=x", null)
                .expectError(400, "Cannot add parts to completed file upload.");
        JsonNode restarted = user1.post("/file/v1/file/multipart?forceRestart=true", req).expect(201, Uploads.STATUS)
                .json();
        assertNotEquals(uploadId, restarted.get("uploadId").asText());
        assertEquals("UPLOADING", restarted.get("state").asText());
        assertEquals("000", restarted.get("partsState").asText());
    }

    @Test
    void startRequestsAreValidatedWithSynapsesMessages() {
        byte[] c = {1, 2, 3};
        String path = "/file/v1/file/multipart";
        user1.post(path, Uploads.request("empty.bin", new byte[0], 5 * MIB))
                .expectError(400, "File size must be at least one byte");
        user1.post(path, Uploads.request("huge.bin", c, 5 * MIB).put("fileSizeBytes", 5L * 1024 * MIB * 1024 + 1))
                .expectError(400, "The maximum file size is 5 TB");
        user1.post(path, Uploads.request("x.bin", c, 5 * MIB).putNull("fileSizeBytes"))
                .expectError(400, "MultipartUploadRequest.fileSizeBytes is required.");
        user1.post(path, Uploads.request("x.bin", c, 5 * MIB).put("contentMD5Hex", ""))
                .expectError(400, "MultipartUploadRequest.contentMD5Hex is required and must not be the empty string.");
        user1.post(path, Uploads.request("", c, 5 * MIB))
                .expectError(400, "MultipartUploadRequest.fileName is required and must not be the empty string.");
        user1.post(path, Uploads.request("bad/name.bin", c, 5 * MIB))
                .expectError(400, "Invalid Name: 'bad/name.bin'. Names may only contain: letters, numbers, spaces, "
                        + "underscores, hyphens, periods, plus signs, apostrophes, and parentheses");
        user1.post(path, Uploads.request("x.bin", c, 5 * MIB - 1))
                .expectError(400, "The part size must be at least 5242880 bytes.");
        user1.post(path, Uploads.request("x.bin", c, 5L * 1024 * MIB + 1))
                .expectError(400, "The part size must not exceed 5368709120 bytes.");
        user1.post(path, Uploads.request("x.bin", c, 5 * MIB).put("fileSizeBytes", 5 * MIB * 10_000 + 1))
                .expectError(400, "File Upload would require 10001 parts, which exceeds the maximum number of allowed "
                        + "parts of: 10000. Please choose a larger part size.");
        user1.as(null).post(path, Uploads.request("x.bin", c, 5 * MIB))
                .expectError(403, "Anonymous cannot upload files.");
        ObjectNode noType = Uploads.request("x.bin", c, 5 * MIB);
        noType.remove("concreteType");
        user1.post(path, noType).expectError(400, "Missing 'concreteType' property, cannot discriminate polymorphic "
                + "type org.sagebionetworks.repo.model.file.MultipartRequest; nested exception is "
                + "org.sagebionetworks.schema.adapter.JSONObjectAdapterException: Missing 'concreteType' property, "
                + "cannot discriminate polymorphic type org.sagebionetworks.repo.model.file.MultipartRequest");
    }

    @Test
    void uploadIdsPartNumbersAndOwnershipAreChecked() {
        byte[] content = Uploads.random((int) (6 * MIB), 8);
        String uploadId = Uploads.start(user1, Uploads.request("own.bin", content, 5 * MIB)).get("uploadId")
                .asText();
        String base = "/file/v1/file/multipart/";
        String batch = "/presigned/url/batch";
        ObjectNode parts = Bodies.obj();
        parts.putArray("partNumbers").add(1);
        user1.post(base + "99999999" + batch, parts)
                .expectError(404, "MultipartUploadStatus cannot be found for id: 99999999");
        user1.put(base + "99999999/complete", null)
                .expectError(404, "MultipartUploadStatus cannot be found for id: 99999999");
        user1.post(base + "abc" + batch, parts).expectError(400, "Invalid UploadId.");
        String notOwner = "Only the user that started a multipart upload can get part upload pre-signed URLs for "
                + "that file upload.";
        user2.post(base + uploadId + batch, parts).expectError(403, notOwner);
        user2.put(base + uploadId + "/add/1?partMD5Hex=x", null).expectError(403, notOwner);
        user2.put(base + uploadId + "/complete", null).expectError(403, notOwner);
        ObjectNode empty = Bodies.obj();
        empty.putArray("partNumbers");
        user1.post(base + uploadId + batch, empty)
                .expectError(400, "BatchPresignedUploadUrlRequest.partNumbers must contain at least one value");
        ObjectNode zero = Bodies.obj();
        zero.putArray("partNumbers").add(0);
        user1.post(base + uploadId + batch, zero).expectError(400, "Part numbers cannot be less than one.");
        ObjectNode three = Bodies.obj();
        three.putArray("partNumbers").add(3);
        user1.post(base + uploadId + batch, three).expectError(400,
                "Part number cannot be larger than number of parts. Number of parts: 2, provided part number: 3");
        user1.put(base + uploadId + "/add/3?partMD5Hex=x", null).expectError(400,
                "Part number cannot be larger than number of parts. Number of parts: 2, provided part number: 3");
        user1.put(base + uploadId + "/complete", null).expectError(400,
                "Missing 2 part(s).  All parts must be successfully added before a file upload can be completed.");
    }

    @Test
    void scopesAreEnforcedOnUploads() {
        Http viewOnly = user1.as("local-synapse-user1-view-token");
        viewOnly.post("/file/v1/file/multipart", Uploads.request("s.bin", new byte[] {1}, 5 * MIB)).expect(403);
        assertEquals("insufficient_scope", viewOnly.post("/file/v1/file/multipart",
                Uploads.request("s.bin", new byte[] {1}, 5 * MIB)).text("error"));
    }
}
