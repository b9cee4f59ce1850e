package org.synapsejdbc.local.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.synapsejdbc.local.files.Uploads.MIB;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synapsejdbc.local.LocalSynapse;
import org.synapsejdbc.local.support.Http;

/** Acknowledged parts and completed files survive a restart on the same data directory. */
class FilePersistenceTest {

    @TempDir
    Path dataDir;

    private LocalSynapse start() {
        return LocalSynapse.builder().dataDir(dataDir).port(0).throttles(false).build().start();
    }

    @Test
    void anUploadResumesAfterARestartAndFilesStayDownloadable() {
        byte[] content = Uploads.random((int) (6 * MIB), 99);
        ObjectNode request = Uploads.request("persist.bin", content, 5 * MIB);
        String uploadId;
        try (LocalSynapse s = start()) {
            Http http = new Http(s.baseUrl(), s.user1Token());
            uploadId = Uploads.start(http, request).get("uploadId").asText();
            Uploads.uploadPart(http, uploadId, content, 5 * MIB, 1);
        }
        String handleId;
        try (LocalSynapse s = start()) {
            Http http = new Http(s.baseUrl(), s.user1Token());
            JsonNode resumed = Uploads.start(http, request);
            assertEquals(uploadId, resumed.get("uploadId").asText());
            assertEquals("10", resumed.get("partsState").asText());
            Uploads.uploadPart(http, uploadId, content, 5 * MIB, 2);
            handleId = http.put("/file/v1/file/multipart/" + uploadId + "/complete", null)
                    .expect(201, Uploads.STATUS).text("resultFileHandleId");
        }
        assertEquals(0, countFiles(dataDir.resolve("files").resolve("parts")));
        try (LocalSynapse s = start()) {
            Http http = new Http(s.baseUrl(), s.user1Token());
            String url = http.get("/file/v1/fileHandle/" + handleId + "/url?redirect=false").expect(200).body();
            assertArrayEquals(content, RawHttp.get(url).body());
        }
    }

    private static long countFiles(Path dir) {
        try (var s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
