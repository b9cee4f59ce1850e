package org.synapsejdbc.client.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.model.SynapseJson;
import org.synapsejdbc.client.testing.MockSynapse;

/**
 * Multipart upload under injected storage faults (expired part URLs, resets, rejected parts): what is sent to
 * Synapse and to storage, part sizing and MD5s, and resumption by re-posting the same request.
 */
class UploadFaultTest {
  private static final String TOKEN = "upload-token-" + System.nanoTime();
  private static final int SIZE = 6 * 1024 * 1024 + 123;
  private final byte[] content = new byte[SIZE];
  private MockSynapse mock;
  private SynapseClient client;
  private Path file;
  @TempDir
  Path dir;

  /** Server-side state of the fake multipart service. */
  private final Map<Integer, byte[]> stored = new ConcurrentHashMap<>();
  private final List<String> added = new CopyOnWriteArrayList<>();
  private final List<RecordedRequest> storagePuts = new CopyOnWriteArrayList<>();
  private final List<RecordedRequest> synapseCalls = new CopyOnWriteArrayList<>();
  private final AtomicInteger multipartPosts = new AtomicInteger();
  private final AtomicInteger presignBatches = new AtomicInteger();
  private JsonNode startRequest;

  @BeforeEach
  void setUp() throws Exception {
    new Random(11).nextBytes(content);
    file = dir.resolve("big.bin");
    Files.write(file, content);
    mock = new MockSynapse();
    client = mock.client(TOKEN);
  }

  @AfterEach
  void tearDown() {
    client.close();
    mock.close();
  }

  interface StorageFault {
    MockResponse apply(int part, int attemptForPart, RecordedRequest r);
  }

  private void serve(StorageFault fault) {
    Map<Integer, AtomicInteger> attempts = new ConcurrentHashMap<>();
    mock.server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest r) {
        String path = r.getUrl().encodedPath();
        if (path.startsWith("/s3/")) {
          storagePuts.add(r);
          int part = Integer.parseInt(path.substring(path.lastIndexOf('/') + 1));
          MockResponse injected = fault.apply(part, attempts.computeIfAbsent(part, k -> new AtomicInteger())
              .incrementAndGet(), r);
          if (injected != null) {
            return injected;
          }
          stored.put(part, r.getBody().toByteArray());
          return new MockResponse.Builder().code(200).build();
        }
        synapseCalls.add(r);
        try {
          if (path.equals("/file/v1/file/multipart")) {
            multipartPosts.incrementAndGet();
            startRequest = SynapseJson.mapper().readTree(r.getBody().utf8());
            String state = added.contains("1") ? "1" : "0";
            state += added.contains("2") ? "1" : "0";
            return MockSynapse.json(201, "{\"uploadId\":\"9\",\"state\":\"UPLOADING\",\"partsState\":\"" + state
                + "\"}");
          }
          if (path.endsWith("/presigned/url/batch")) {
            int batch = presignBatches.incrementAndGet();
            JsonNode req = SynapseJson.mapper().readTree(r.getBody().utf8());
            StringBuilder urls = new StringBuilder();
            for (JsonNode n : req.get("partNumbers")) {
              urls.append(urls.length() == 0 ? "" : ",").append("{\"partNumber\":").append(n.asInt())
                  .append(",\"uploadPresignedUrl\":\"").append(mock.baseUrl()).append("/s3/b").append(batch)
                  .append('/').append(n.asInt()).append("\",\"signedHeaders\":{\"x-amz-acl\":\"private\"}}");
            }
            return MockSynapse.json(201, "{\"partPresignedUrls\":[" + urls + "]}");
          }
          if (path.contains("/add/")) {
            int part = Integer.parseInt(path.substring(path.lastIndexOf('/') + 1));
            String md5 = r.getUrl().queryParameter("partMD5Hex");
            byte[] bytes = stored.get(part);
            boolean ok = bytes != null && Md5.hex(bytes).equals(md5);
            if (ok) {
              added.add(String.valueOf(part));
            }
            return MockSynapse.json(200, "{\"uploadId\":\"9\",\"partNumber\":" + part + ",\"addPartState\":\""
                + (ok ? "ADD_SUCCESS" : "ADD_FAILED") + "\"" + (ok ? "" : ",\"errorMessage\":\"The provided MD5 "
                + "does not match the MD5 of the uploaded part.  Please re-upload the part.\"") + "}");
          }
          if (path.endsWith("/complete")) {
            return MockSynapse.json(200, "{\"uploadId\":\"9\",\"state\":\"COMPLETED\",\"resultFileHandleId\":\"123\"}");
          }
        } catch (java.io.IOException e) {
          throw new IllegalStateException(e);
        }
        return MockSynapse.reason(404, "unexpected " + path);
      }
    });
  }

  private byte[] reassembled() {
    byte[] a = stored.get(1);
    byte[] b = stored.get(2);
    byte[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  @Test
  void partsAreSizedAndChecksummedAndTheTokenNeverReachesStorage() throws Exception {
    serve((part, attempt, r) -> null);
    List<Long> progress = new CopyOnWriteArrayList<>();
    assertEquals("123", client.files().upload(file, UploadOptions.defaults(), (d, t) -> progress.add(d)));
    assertEquals(5L * 1024 * 1024, startRequest.get("partSizeBytes").asLong());
    assertEquals(SIZE, startRequest.get("fileSizeBytes").asLong());
    assertEquals(Md5.hex(content), startRequest.get("contentMD5Hex").asText());
    assertEquals("org.sagebionetworks.repo.model.file.MultipartUploadRequest",
        startRequest.get("concreteType").asText());
    assertArrayEquals(content, reassembled());
    for (RecordedRequest put : storagePuts) {
      assertNull(put.getHeaders().get("Authorization"), "no Synapse token to storage");
      assertEquals("private", put.getHeaders().get("x-amz-acl"), "signed headers are sent");
    }
    for (RecordedRequest call : synapseCalls) {
      assertEquals("Bearer " + TOKEN, call.getHeaders().get("Authorization"));
    }
    assertEquals(SIZE, progress.get(progress.size() - 1));
  }

  @Test
  void anExpiredPartUrlIsRefreshed() throws Exception {
    serve((part, attempt, r) -> part == 1 && attempt == 1
        ? new MockResponse.Builder().code(403).body("<Error><Code>AccessDenied</Code>"
            + "<Message>Request has expired</Message></Error>").build()
        : null);
    assertEquals("123", client.files().upload(file, UploadOptions.defaults(), TransferProgressListener.NONE));
    assertEquals(2, presignBatches.get(), "one batch for both parts, one refresh for part 1");
    assertTrue(storagePuts.get(1).getUrl().encodedPath().startsWith("/s3/b2/1"), "retried with the fresh URL");
    assertArrayEquals(content, reassembled());
  }

  @Test
  void aFailedUploadResumesByRepostingTheSameRequestAndSkipsAddedParts() throws Exception {
    // Part 2's storage keeps dropping the connection long enough to fail the first attempt.
    serve((part, attempt, r) -> part == 2 && attempt <= 4
        ? new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build()
        : null);
    assertEquals("123", client.files().upload(file, UploadOptions.defaults(), TransferProgressListener.NONE));
    assertEquals(2, multipartPosts.get(), "the upload was resumed by re-posting the request");
    long part1Puts = storagePuts.stream().filter(r -> r.getUrl().encodedPath().endsWith("/1")).count();
    assertEquals(1, part1Puts, "part 1 was added before the failure and not uploaded again");
    assertArrayEquals(content, reassembled());
  }

  @Test
  void aPartSynapseDoesNotAcceptIsUploadedAgain() throws Exception {
    // The first PUT of part 1 stores corrupted bytes, so its MD5 check at "add" fails.
    serve((part, attempt, r) -> {
      if (part == 1 && attempt == 1) {
        stored.put(1, new byte[] {1, 2, 3});
        return new MockResponse.Builder().code(200).build();
      }
      return null;
    });
    assertEquals("123", client.files().upload(file, UploadOptions.defaults(), TransferProgressListener.NONE));
    assertEquals(3, added.size() + 1, "parts 1 and 2 added once each after one ADD_FAILED");
    assertArrayEquals(content, reassembled());
  }
}
