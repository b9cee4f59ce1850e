package org.synapsejdbc.local.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synapsejdbc.local.files.Uploads.MIB;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.synapsejdbc.client.files.Md5;
import org.synapsejdbc.local.LocalSynapse;
import org.synapsejdbc.local.LocalSynapseExtension;
import org.synapsejdbc.local.support.Bodies;
import org.synapsejdbc.local.support.Http;

/** The storage route behind presigned URLs behaves like S3: signatures, expiry, no Synapse auth, ranges. */
@ExtendWith(LocalSynapseExtension.class)
class StorageRouteTest {

    private final LocalSynapse synapse;
    private final Http user1;
    private final StorageClock clock;

    StorageRouteTest(LocalSynapse synapse) {
        this.synapse = synapse;
        this.user1 = new Http(synapse.baseUrl(), synapse.user1Token());
        this.clock = synapse.context().service(StorageClock.class);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static Map<String, String> query(String url) {
        Map<String, String> q = new HashMap<>();
        for (String kv : URI.create(url).getRawQuery().split("&")) {
            int i = kv.indexOf('=');
            q.put(kv.substring(0, i), java.net.URLDecoder.decode(kv.substring(i + 1),
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        return q;
    }

    private static void assertS3Error(HttpResponse<byte[]> r, int status, String code) {
        assertEquals(status, r.statusCode(), () -> RawHttp.text(r));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"));
        assertTrue(RawHttp.text(r).contains("<Code>" + code + "</Code>"), () -> RawHttp.text(r));
    }

    private String uploadId(String name, byte[] content) {
        return Uploads.start(user1, Uploads.request(name, content, 5 * MIB)).get("uploadId").asText();
    }

    @Test
    void partUrlsCarryAmzDateAndExpiresAndPointAtThisServer() {
        String url = Uploads.partUrl(user1, uploadId("q.bin", new byte[] {1}), 1);
        Map<String, String> q = query(url);
        assertTrue(url.startsWith(synapse.storageUrl() + "/s3/local-synapse/3400001/"), url);
        assertEquals("900", q.get("X-Amz-Expires"));
        Instant issued = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC)
                .parse(q.get("X-Amz-Date"), Instant::from);
        assertTrue(Duration.between(issued, Instant.now()).abs().toSeconds() < 60);
        assertEquals("1", q.get("partNumber"));
        assertTrue(q.containsKey("X-Amz-Signature"));
    }

    @Test
    void aPartUploadWithTheSynapseAuthorizationHeaderIsRefused() {
        byte[] content = {1, 2, 3};
        String url = Uploads.partUrl(user1, uploadId("auth.bin", content), 1);
        HttpResponse<byte[]> r = RawHttp.put(url, content, "Authorization", "Bearer " + synapse.user1Token());
        assertS3Error(r, 400, "InvalidArgument");
        assertTrue(RawHttp.text(r).contains("Only one auth mechanism allowed"));
        assertEquals(200, RawHttp.put(url, content).statusCode());
    }

    @Test
    void anExpiredUploadUrlIsForbiddenAndAFreshOneWorks() {
        byte[] content = {4, 5, 6};
        String uploadId = uploadId("expired.bin", content);
        String url = Uploads.partUrl(user1, uploadId, 1);
        clock.advance(Duration.ofMinutes(14));
        assertEquals(200, RawHttp.put(url, content).statusCode());
        clock.advance(Duration.ofMinutes(2));
        HttpResponse<byte[]> r = RawHttp.put(url, content);
        assertS3Error(r, 403, "AccessDenied");
        assertTrue(RawHttp.text(r).contains("Request has expired"));
        assertEquals(200, RawHttp.put(Uploads.partUrl(user1, uploadId, 1), content).statusCode());
    }

    @Test
    void aTamperedOrUnsignedUrlIsForbidden() {
        byte[] content = {7};
        String url = Uploads.partUrl(user1, uploadId("tamper.bin", content), 1);
        assertS3Error(RawHttp.put(url.replace("X-Amz-Expires=900", "X-Amz-Expires=90000"), content), 403,
                "SignatureDoesNotMatch");
        assertS3Error(RawHttp.put(url.replace("partNumber=1", "partNumber=2"), content), 403,
                "SignatureDoesNotMatch");
        assertS3Error(RawHttp.put(url.substring(0, url.indexOf('?')), content), 403, "AccessDenied");
    }

    @Test
    void signedContentTypeMustBeSent() {
        byte[] content = {9, 9};
        String uploadId = uploadId("ct.bin", content);
        var body = Bodies.obj().put("contentType", "text/plain");
        body.putArray("partNumbers").add(1);
        var r = user1.post("/file/v1/file/multipart/" + uploadId + "/presigned/url/batch", body)
                .expect(201, Uploads.PRESIGNED).json().get("partPresignedUrls").get(0);
        assertEquals("text/plain", r.get("signedHeaders").get("Content-Type").asText());
        String url = r.get("uploadPresignedUrl").asText();
        assertS3Error(RawHttp.put(url, content, "Content-Type", "text/csv"), 403, "SignatureDoesNotMatch");
        assertEquals(200, RawHttp.put(url, content, "Content-Type", "text/plain").statusCode());
    }

    @Test
    void downloadsServeRangesRefuseAuthorizationAndExpireAfterThirtySeconds() {
        byte[] content = Uploads.random(1000, 77);
        String id = Uploads.upload(user1, "range.bin", content);
        String url = user1.get("/file/v1/fileHandle/" + id + "/url?redirect=false").expect(200).body();
        assertEquals("30", query(url).get("X-Amz-Expires"));
        HttpResponse<byte[]> mid = RawHttp.get(url, "Range", "bytes=10-19");
        assertEquals(206, mid.statusCode());
        assertArrayEquals(Arrays.copyOfRange(content, 10, 20), mid.body());
        assertEquals("bytes 10-19/1000", mid.headers().firstValue("Content-Range").orElseThrow());
        HttpResponse<byte[]> suffix = RawHttp.get(url, "Range", "bytes=-5");
        assertArrayEquals(Arrays.copyOfRange(content, 995, 1000), suffix.body());
        HttpResponse<byte[]> beyond = RawHttp.get(url, "Range", "bytes=1000-");
        assertS3Error(beyond, 416, "InvalidRange");
        assertEquals("bytes */1000", beyond.headers().firstValue("Content-Range").orElseThrow());
        HttpResponse<byte[]> whole = RawHttp.get(url);
        assertEquals("\"" + Md5.hex(content) + "\"", whole.headers().firstValue("ETag").orElseThrow());
        assertEquals("bytes", whole.headers().firstValue("Accept-Ranges").orElseThrow());
        assertEquals("attachment; filename=range.bin",
                whole.headers().firstValue("Content-Disposition").orElseThrow());
        assertS3Error(RawHttp.get(url, "Authorization", "Bearer " + synapse.user1Token()), 400, "InvalidArgument");
        clock.advance(Duration.ofSeconds(31));
        assertS3Error(RawHttp.get(url), 403, "AccessDenied");
    }

    @Test
    void aPartUrlOfACompletedUploadNoLongerAcceptsBytes() {
        byte[] content = {3, 1, 4};
        String uploadId = uploadId("done.bin", content);
        String url = Uploads.partUrl(user1, uploadId, 1);
        Uploads.upload(user1, "done.bin", content);
        assertS3Error(RawHttp.put(url, content), 404, "NoSuchUpload");
    }

    @Test
    void unsignedRequestsAreAccessDenied() {
        String url = synapse.storageUrl() + "/s3/local-synapse/1/2/none.bin";
        assertS3Error(RawHttp.get(url), 403, "AccessDenied");
    }
}
