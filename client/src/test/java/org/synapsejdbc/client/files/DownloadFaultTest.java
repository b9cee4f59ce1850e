package org.synapsejdbc.client.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.error.SynapseChecksumException;
import org.synapsejdbc.client.model.FileHandleAssociateType;
import org.synapsejdbc.client.model.FileHandleAssociation;
import org.synapsejdbc.client.testing.MockSynapse;

/**
 * Downloads under faults a real server does not produce: a connection reset mid-body, an expired presigned URL,
 * corrupted bytes. Also proves the token never goes to the presigned URL.
 */
class DownloadFaultTest {
  private static final String TOKEN = "download-token-" + System.nanoTime();
  private final byte[] content = new byte[300_000];
  private MockSynapse mock;
  private SynapseClient client;
  private final List<RecordedRequest> storageRequests = new CopyOnWriteArrayList<>();
  private final AtomicInteger presigns = new AtomicInteger();
  @TempDir
  Path dir;

  @BeforeEach
  void setUp() throws Exception {
    new Random(7).nextBytes(content);
    mock = new MockSynapse();
    client = mock.client(TOKEN);
  }

  @AfterEach
  void tearDown() {
    client.close();
    mock.close();
  }

  /** {@code storage} decides each storage GET's answer by its 1-based attempt number. */
  private void serve(String md5, java.util.function.BiFunction<Integer, RecordedRequest, MockResponse> storage) {
    AtomicInteger storageAttempts = new AtomicInteger();
    mock.server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest r) {
        String path = r.getUrl().encodedPath();
        if (path.equals("/file/v1/fileHandle/batch")) {
          int n = presigns.incrementAndGet();
          return MockSynapse.json(201, "{\"requestedFiles\":[{\"fileHandleId\":\"55\",\"preSignedURL\":\""
              + mock.baseUrl() + "/s3/bucket/key?X-Amz-Signature=sig" + n + "\",\"fileHandle\":{\"concreteType\":"
              + "\"org.sagebionetworks.repo.model.file.S3FileHandle\",\"id\":\"55\",\"contentMd5\":\"" + md5
              + "\",\"contentSize\":" + content.length + ",\"fileName\":\"data.bin\"}}]}");
        }
        if (path.startsWith("/s3/")) {
          storageRequests.add(r);
          return storage.apply(storageAttempts.incrementAndGet(), r);
        }
        return MockSynapse.reason(404, "unexpected " + path);
      }
    });
  }

  private MockResponse bytesFrom(RecordedRequest r) {
    String range = r.getHeaders().get("Range");
    int from = range == null ? 0 : Integer.parseInt(range.replace("bytes=", "").replace("-", ""));
    Buffer body = new Buffer().write(content, from, content.length - from);
    MockResponse.Builder b = new MockResponse.Builder().code(range == null ? 200 : 206).body(body);
    if (range != null) {
      b.addHeader("Content-Range", "bytes " + from + "-" + (content.length - 1) + "/" + content.length);
    }
    return b.build();
  }

  private FileHandleAssociation association() {
    return new FileHandleAssociation().setFileHandleId("55").setAssociateObjectId("syn3")
        .setAssociateObjectType(FileHandleAssociateType.FileEntity);
  }

  @Test
  void aConnectionResetMidDownloadResumesWithRangeAndAFreshUrl() throws Exception {
    serve(Md5.hex(content), (attempt, r) -> {
      if (attempt == 1) {
        // Send the headers and part of the body, then cut the connection.
        return new MockResponse.Builder().code(200).body(new Buffer().write(content))
            .throttleBody(64 * 1024, 1, java.util.concurrent.TimeUnit.MILLISECONDS)
            .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build();
      }
      return bytesFrom(r);
    });
    Path target = dir.resolve("data.bin");
    List<Long> progress = new CopyOnWriteArrayList<>();
    client.files().download(association(), target, (done, total) -> progress.add(done));
    assertArrayEquals(content, Files.readAllBytes(target));
    assertEquals(2, presigns.get(), "a fresh presigned URL per attempt");
    assertEquals(2, storageRequests.size());
    String range = storageRequests.get(1).getHeaders().get("Range");
    assertTrue(range != null && range.startsWith("bytes=") && range.endsWith("-"), "Range header: " + range);
    long resumedAt = Long.parseLong(range.substring("bytes=".length(), range.length() - 1));
    assertTrue(resumedAt > 0 && resumedAt < content.length, "resumed at " + resumedAt);
    assertTrue(storageRequests.get(1).getUrl().toString().contains("sig2"));
    assertEquals(content.length, progress.get(progress.size() - 1));
    assertFalse(Files.exists(dir.resolve("data.bin.synapse-partial")));
  }

  @Test
  void anExpiredPresignedUrlIsReplacedByAFreshOne() throws Exception {
    serve(Md5.hex(content), (attempt, r) -> attempt == 1
        ? new MockResponse.Builder().code(403).body("<Error><Code>AccessDenied</Code>"
            + "<Message>Request has expired</Message></Error>").build()
        : bytesFrom(r));
    Path target = dir.resolve("expired.bin");
    client.files().download(association(), target, TransferProgressListener.NONE);
    assertArrayEquals(content, Files.readAllBytes(target));
    assertEquals(2, presigns.get());
    assertTrue(storageRequests.get(1).getUrl().toString().contains("sig2"));
  }

  @Test
  void theTokenIsSentToSynapseButNeverToThePresignedUrl() throws Exception {
    serve(Md5.hex(content), (attempt, r) -> bytesFrom(r));
    client.files().download(association(), dir.resolve("a.bin"), TransferProgressListener.NONE);
    RecordedRequest batch = mock.server.takeRequest();
    assertEquals("Bearer " + TOKEN, batch.getHeaders().get("Authorization"));
    assertNull(storageRequests.get(0).getHeaders().get("Authorization"));
  }

  @Test
  void corruptedBytesFailTheMd5CheckAndLeaveNoFile() {
    serve("00000000000000000000000000000000", (attempt, r) -> bytesFrom(r));
    Path target = dir.resolve("bad.bin");
    SynapseChecksumException e = assertThrows(SynapseChecksumException.class,
        () -> client.files().download(association(), target, TransferProgressListener.NONE));
    assertTrue(e.getMessage().contains("MD5"));
    assertFalse(Files.exists(target));
    assertFalse(Files.exists(dir.resolve("bad.bin.synapse-partial")));
  }
}
