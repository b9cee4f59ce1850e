package org.synapsejdbc.local.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synapsejdbc.client.files.Md5;
import org.synapsejdbc.local.LocalSynapse;
import org.synapsejdbc.local.support.Bodies;
import org.synapsejdbc.local.support.Http;

/** The {@code --demo} content: public, deterministic, versioned, annotated, with provenance, seeded once. */
class DemoSeedTest {

    private static final String FILE_ENTITY = "org.sagebionetworks.repo.model.FileEntity";

    @TempDir
    Path dataDir;

    private static String childId(Http http, String parentId, String name) {
        ObjectNode body = Bodies.obj().put("entityName", name);
        if (parentId == null) {
            body.putNull("parentId");
        } else {
            body.put("parentId", parentId);
        }
        return http.post("/repo/v1/entity/child", body).expect(200).text("id");
    }

    private static byte[] download(Http http, String fileEntityId, Integer version) throws Exception {
        String path = "/repo/v1/entity/" + fileEntityId + (version == null ? "" : "/version/" + version)
                + "/file?redirect=false";
        String url = http.get(path).expect(200).body();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
    }

    @Test
    void demoIsPublicDeterministicAndComplete() throws Exception {
        long t0 = System.nanoTime();
        try (LocalSynapse s = LocalSynapse.builder().dataDir(dataDir).port(0).build().start().seedDemo()) {
            assertTrue((System.nanoTime() - t0) / 1_000_000 < 5000, "demo start took too long");
            Http anonymous = new Http(s.baseUrl(), null);
            Http user2 = anonymous.as(s.user2Token());
            String project = childId(anonymous, null, DemoProject.PROJECT_NAME);
            anonymous.get("/repo/v1/entity/" + project).expect(200, "org.sagebionetworks.repo.model.Project");
            String folder = childId(anonymous, project, "Data");

            // The matrix: header plus 100 rows of 4 tab-separated numbers, readable and downloadable by any user.
            String matrix = childId(user2, folder, DemoMatrixFile.FILE_NAME);
            anonymous.get("/repo/v1/entity/" + matrix).expect(200, FILE_ENTITY);
            String text = new String(download(user2, matrix, null), StandardCharsets.UTF_8);
            assertEquals(DemoMatrixFile.content(), text);
            String[] lines = text.split("\n");
            assertEquals(101, lines.length);
            assertEquals("V1\tV2\tV3\tV4", lines[0]);
            for (int i = 1; i < lines.length; i++) {
                String[] cells = lines[i].split("\t");
                assertEquals(4, cells.length);
                for (String c : cells) {
                    Double.parseDouble(c);
                }
            }
            // Anonymous may read but not download.
            anonymous.get("/repo/v1/entity/" + matrix + "/file?redirect=false").expectError(403,
                    "Anonymous users have only READ access permission.");

            // Annotated files with two versions, each version with its own bytes and annotations.
            String results = childId(user2, folder, "analysis_results.csv");
            JsonNode versions = user2.get("/repo/v1/entity/" + results + "/version").expect(200).json();
            assertEquals(2, versions.get("results").size());
            assertArrayEquals(DemoAnnotatedFiles.resultsV1().getBytes(StandardCharsets.UTF_8),
                    download(user2, results, 1));
            byte[] v2 = download(user2, results, null);
            assertArrayEquals(DemoAnnotatedFiles.resultsV2().getBytes(StandardCharsets.UTF_8), v2);
            JsonNode bundle = user2.post("/repo/v1/entity/" + results + "/bundle2", Bodies.obj()
                    .put("includeEntity", true).put("includeFileHandles", true).put("includeAnnotations", true))
                    .expect(200).json();
            assertEquals(Md5.hex(v2), bundle.get("fileHandles").get(0).get("contentMd5").asText());
            JsonNode a1 = anonymous.get("/repo/v1/entity/" + results + "/version/1/annotations2").expect(200).json();
            JsonNode a2 = anonymous.get("/repo/v1/entity/" + results + "/annotations2").expect(200).json();
            assertEquals("2", a1.at("/annotations/rowCount/value/0").asText());
            assertEquals("3", a2.at("/annotations/rowCount/value/0").asText());
            assertEquals("true", a2.at("/annotations/reviewed/value/0").asText());
            assertEquals("Homo sapiens", a2.at("/annotations/species/value/0").asText());
            String samples = childId(user2, folder, "sample_metadata.csv");
            assertEquals(2, user2.get("/repo/v1/entity/" + samples + "/version").expect(200).json().get("results")
                    .size());

            // Provenance: the current results version was generated by an activity that used the matrix
            // and executed a script URL.
            JsonNode activity = anonymous.get("/repo/v1/entity/" + results + "/generatedBy").expect(200,
                    "org.sagebionetworks.repo.model.provenance.Activity").json();
            boolean usedMatrix = false;
            boolean executedUrl = false;
            for (JsonNode u : activity.get("used")) {
                if (u.path("reference").path("targetId").asText().equals(matrix)) {
                    usedMatrix = !u.path("wasExecuted").asBoolean();
                }
                if (DemoProvenance.SCRIPT_URL.equals(u.path("url").asText())) {
                    executedUrl = u.path("wasExecuted").asBoolean();
                }
            }
            assertTrue(usedMatrix && executedUrl, activity.toString());

            // Seeding again changes nothing.
            s.seedDemo();
            assertEquals(2, user2.get("/repo/v1/entity/" + results + "/version").expect(200).json().get("results")
                    .size());
        }
        // A restart on the same store with --demo keeps the one demo project and its bytes.
        try (LocalSynapse s = LocalSynapse.builder().dataDir(dataDir).port(0).build().start().seedDemo()) {
            Http user1 = new Http(s.baseUrl(), s.user1Token());
            String project = childId(user1, null, DemoProject.PROJECT_NAME);
            String matrix = childId(user1, childId(user1, project, "Data"), DemoMatrixFile.FILE_NAME);
            assertEquals(DemoMatrixFile.content(), new String(download(user1, matrix, null), StandardCharsets.UTF_8));
        }
    }
}
