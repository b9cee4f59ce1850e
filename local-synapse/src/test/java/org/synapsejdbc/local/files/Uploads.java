package org.synapsejdbc.local.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Random;
import org.synapsejdbc.client.files.Md5;
import org.synapsejdbc.local.support.Bodies;
import org.synapsejdbc.local.support.Http;

/** Drives the multipart protocol over raw HTTP for tests, validating every JSON body against its schema. */
final class Uploads {

    static final String STATUS = "org.sagebionetworks.repo.model.file.MultipartUploadStatus";
    static final String PRESIGNED = "org.sagebionetworks.repo.model.file.BatchPresignedUploadUrlResponse";
    static final String ADD_PART = "org.sagebionetworks.repo.model.file.AddPartResponse";
    static final String S3_HANDLE = "org.sagebionetworks.repo.model.file.S3FileHandle";
    static final long MIB = 1024 * 1024;

    private Uploads() {
    }

    static byte[] random(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    static ObjectNode request(String fileName, byte[] content, long partSize) {
        return Bodies.obj().put("concreteType", "org.sagebionetworks.repo.model.file.MultipartUploadRequest")
                .put("fileName", fileName).put("contentType", "application/octet-stream")
                .put("contentMD5Hex", Md5.hex(content)).put("fileSizeBytes", content.length)
                .put("partSizeBytes", partSize).put("storageLocationId", 1).put("generatePreview", false);
    }

    static JsonNode start(Http http, ObjectNode request) {
        return http.post("/file/v1/file/multipart", request).expect(201, STATUS).json();
    }

    static String partUrl(Http http, String uploadId, long part) {
        JsonNode r = http.post("/file/v1/file/multipart/" + uploadId + "/presigned/url/batch",
                Bodies.obj().put("uploadId", uploadId).set("partNumbers",
                        Bodies.obj().arrayNode().add(part))).expect(201, PRESIGNED).json();
        return r.get("partPresignedUrls").get(0).get("uploadPresignedUrl").asText();
    }

    static byte[] part(byte[] content, long partSize, int partNumber) {
        int from = (int) ((partNumber - 1) * partSize);
        return Arrays.copyOfRange(content, from, (int) Math.min(content.length, from + partSize));
    }

    /** PUTs one part to its presigned URL and adds it; returns the add response. */
    static JsonNode uploadPart(Http http, String uploadId, byte[] content, long partSize, int partNumber) {
        byte[] bytes = part(content, partSize, partNumber);
        HttpResponse<byte[]> put = RawHttp.put(partUrl(http, uploadId, partNumber), bytes);
        assertEquals(200, put.statusCode(), () -> RawHttp.text(put));
        return http.put("/file/v1/file/multipart/" + uploadId + "/add/" + partNumber + "?partMD5Hex="
                + Md5.hex(bytes), null).expect(201, ADD_PART).json();
    }

    /** The whole protocol; returns the new file handle id. */
    static String upload(Http http, String fileName, byte[] content) {
        long partSize = 5 * MIB;
        JsonNode status = start(http, request(fileName, content, partSize));
        String uploadId = status.get("uploadId").asText();
        String state = status.get("partsState").asText();
        for (int p = 1; p <= state.length(); p++) {
            if (state.charAt(p - 1) == '0') {
                assertEquals("ADD_SUCCESS", uploadPart(http, uploadId, content, partSize, p).get("addPartState")
                        .asText());
            }
        }
        JsonNode done = http.put("/file/v1/file/multipart/" + uploadId + "/complete", null).expect(201, STATUS)
                .json();
        assertEquals("COMPLETED", done.get("state").asText());
        return done.get("resultFileHandleId").asText();
    }
}
