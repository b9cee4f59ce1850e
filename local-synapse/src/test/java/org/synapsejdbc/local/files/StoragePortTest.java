package org.synapsejdbc.local.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.synapsejdbc.local.LocalSynapse;
import org.synapsejdbc.local.LocalSynapseExtension;
import org.synapsejdbc.local.support.Bodies;
import org.synapsejdbc.local.support.Http;

/**
 * Presigned URLs live on a second port, as S3 is another host than Synapse, so the official Python client (which
 * adds its Bearer token to a download URL only when its host:port equals the repo endpoint's) can download.
 */
@ExtendWith(LocalSynapseExtension.class)
class StoragePortTest {

    private final LocalSynapse synapse;
    private final Http user1;

    StoragePortTest(LocalSynapse synapse) {
        this.synapse = synapse;
        this.user1 = new Http(synapse.baseUrl(), synapse.user1Token());
    }

    private static String hostPort(String url) {
        URI u = URI.create(url);
        return u.getHost() + ":" + u.getPort();
    }

    /* What synapseclient 3.1.1 does in _download_from_URL: Authorization only on the repo endpoint's host:port. */
    private HttpResponse<byte[]> officialClientGet(String url) {
        return hostPort(url).equals(hostPort(synapse.repoUrl()))
                ? RawHttp.get(url, "Authorization", "Bearer " + synapse.user1Token())
                : RawHttp.get(url);
    }

    private String[] fileEntityWith(byte[] content) {
        String project = user1.post("/repo/v1/entity", Bodies.entity(Bodies.PROJECT, Bodies.unique("port"), null))
                .expect(201).text("id");
        String fh = Uploads.upload(user1, "port.txt", content);
        String file = user1.post("/repo/v1/entity", Bodies.entity(Bodies.FILE, "port.txt", project)
                .put("dataFileHandleId", fh)).expect(201).text("id");
        return new String[] {fh, file};
    }

    @Test
    void storageHasItsOwnPortAndPresignedUrlsUseIt() {
        assertNotEquals(synapse.port(), synapse.storagePort());
        assertTrue(synapse.storagePort() > 0);
        assertEquals("http://localhost:" + synapse.storagePort(), synapse.storageUrl());
        String uploadId = Uploads.start(user1, Uploads.request("p.bin", new byte[] {1}, 5 * Uploads.MIB))
                .get("uploadId").asText();
        String part = Uploads.partUrl(user1, uploadId, 1);
        assertTrue(part.startsWith(synapse.storageUrl() + "/s3/"), part);
    }

    @Test
    void theOfficialClientDownloadFlowWorksWithoutSendingItsToken() {
        byte[] content = "downloaded by the official client".getBytes();
        String[] ids = fileEntityWith(content);
        var body = Bodies.obj().put("includeFileHandles", true).put("includePreSignedURLs", true);
        body.putArray("requestedFiles").add(Bodies.obj().put("fileHandleId", ids[0]).put("associateObjectId", ids[1])
                .put("associateObjectType", "FileEntity"));
        JsonNode batch = user1.post("/file/v1/fileHandle/batch", body)
                .expect(201, FileHandleRoutesTest.BATCH_RESULT).json();
        String url = batch.get("requestedFiles").get(0).get("preSignedURL").asText();
        assertTrue(url.startsWith(synapse.storageUrl()), url);
        HttpResponse<byte[]> d = officialClientGet(url);
        assertEquals(200, d.statusCode(), () -> RawHttp.text(d));
        assertArrayEquals(content, d.body());
        // the storage route still refuses a request that carries Synapse's Authorization header
        HttpResponse<byte[]> withAuth = RawHttp.get(url, "Authorization", "Bearer " + synapse.user1Token());
        assertEquals(400, withAuth.statusCode());
        assertTrue(RawHttp.text(withAuth).contains("Only one auth mechanism allowed"));
    }

    @Test
    void theLegacyRedirectPointsAtTheStoragePort() {
        byte[] content = "redirected".getBytes();
        String[] ids = fileEntityWith(content);
        HttpResponse<byte[]> r = RawHttp.get(synapse.baseUrl() + "/repo/v1/entity/" + ids[1] + "/file",
                "Authorization", "Bearer " + synapse.user1Token());
        assertEquals(307, r.statusCode());
        String location = r.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(synapse.storageUrl() + "/s3/"), location);
        assertArrayEquals(content, officialClientGet(location).body());
    }

    @Test
    void neitherPortServesTheOthersPaths() {
        byte[] content = "only on storage".getBytes();
        String[] ids = fileEntityWith(content);
        String url = user1.get("/file/v1/fileHandle/" + ids[0] + "/url?redirect=false").expect(200).body();
        String onApiPort = url.replace(synapse.storageUrl(), synapse.baseUrl());
        assertEquals(404, RawHttp.get(onApiPort).statusCode());
        HttpResponse<byte[]> api = RawHttp.get(synapse.storageUrl() + "/repo/v1/userProfile",
                "Authorization", "Bearer " + synapse.user1Token());
        assertEquals(404, api.statusCode());
    }
}
