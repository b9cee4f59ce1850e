package org.synapsejdbc.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synapsejdbc.client.async.JobOptions;
import org.synapsejdbc.client.error.SynapseException;
import org.synapsejdbc.client.files.Md5;
import org.synapsejdbc.client.files.TransferProgressListener;
import org.synapsejdbc.client.model.FileHandleAssociateType;
import org.synapsejdbc.client.model.FileHandleAssociation;
import org.synapsejdbc.client.model.Folder;
import org.synapsejdbc.client.model.Query;
import org.synapsejdbc.client.model.QueryBundleRequest;
import org.synapsejdbc.client.testing.MockSynapse;

/**
 * A canary token run through many operations, successes and failures (401, 404, 429 storms, resets, job
 * polling, downloads): it must never appear in any log line (SLF4J at DEBUG and JUL), exception message, stack
 * trace or {@code toString}, while it is sent in every Synapse request's Authorization header.
 */
class CanaryTokenTest {
  private static final String CANARY = "CANARY-7f3a9c-token-" + System.nanoTime();
  @TempDir
  Path dir;

  @Test
  void theTokenNeverReachesLogsOrMessages() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> jul = new ArrayList<>();
    Handler julHandler = new Handler() {
      @Override
      public void publish(LogRecord r) {
        jul.add(r.getLoggerName() + " " + r.getMessage() + " " + java.util.Arrays.toString(r.getParameters())
            + " " + (r.getThrown() == null ? "" : stackTrace(r.getThrown())));
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Logger root = Logger.getLogger("");
    java.util.logging.Level oldLevel = root.getLevel();
    root.addHandler(julHandler);
    root.setLevel(java.util.logging.Level.ALL);
    PrintStream oldErr = System.err;
    PrintStream oldOut = System.out;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    List<Throwable> failures = new ArrayList<>();
    AtomicInteger authorized = new AtomicInteger();
    try (MockSynapse mock = new MockSynapse()) {
      byte[] content = "hello canary".getBytes(StandardCharsets.UTF_8);
      AtomicInteger calls = new AtomicInteger();
      AtomicInteger storageCalls = new AtomicInteger();
      mock.server.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest r) {
          String path = r.getUrl().encodedPath();
          if (("Bearer " + CANARY).equals(r.getHeaders().get("Authorization"))) {
            authorized.incrementAndGet();
          }
          int n = calls.incrementAndGet();
          return switch (path) {
            case "/repo/v1/userProfile" -> n < 3 ? MockSynapse.reason(429, "Requests are too frequent.")
                : MockSynapse.json(401, "{\"reason\":\"Invalid access token\"}");
            case "/repo/v1/entity/syn404" -> MockSynapse.reason(404, "Resource: 'syn404' does not exist");
            case "/repo/v1/entity" -> new MockResponse.Builder()
                .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
            case "/repo/v1/entity/child" -> MockSynapse.reason(404, "not found");
            case "/repo/v1/entity/syn9/table/query/async/start" -> MockSynapse.json(201, "{\"token\":\"5\"}");
            case "/repo/v1/entity/syn9/table/query/async/get/5" -> n % 3 != 0
                ? MockSynapse.json(202, "{\"jobState\":\"PROCESSING\",\"progressMessage\":\"Waiting for the table"
                    + " index to become available...\"}")
                : MockSynapse.reason(400, "Unknown column foo");
            case "/file/v1/fileHandle/batch" -> MockSynapse.json(201, "{\"requestedFiles\":[{\"fileHandleId\":"
                + "\"1\",\"preSignedURL\":\"" + mock.baseUrl() + "/s3/k?n=" + n + "\",\"fileHandle\":{\"concreteType"
                + "\":\"org.sagebionetworks.repo.model.file.S3FileHandle\",\"id\":\"1\",\"contentMd5\":\""
                + Md5.hex(content) + "\",\"contentSize\":" + content.length + "}}]}");
            case "/s3/k" -> storageCalls.incrementAndGet() == 1 ? new MockResponse.Builder().code(403).body("expired").build()
                : new MockResponse.Builder().code(200).body(new Buffer().write(content)).build();
            default -> MockSynapse.reason(503, "Synapse is down for maintenance.");
          };
        }
      });
      SynapseClient client = mock.client(CANARY);
      failures.add(assertThrows(SynapseException.class, client::validate));
      failures.add(assertThrows(SynapseException.class, () -> client.entities().get("syn404")));
      Folder folder = new Folder();
      folder.setName("f");
      folder.setParentId("syn1");
      failures.add(assertThrows(SynapseException.class, () -> client.entities().create(folder)));
      failures.add(assertThrows(SynapseException.class, () -> client.tables().queryBundle(new QueryBundleRequest()
          .setEntityId("syn9").setQuery(new Query().setSql("select foo from syn9")), JobOptions.defaults())));
      failures.add(assertThrows(SynapseException.class, () -> client.annotations().get("syn503")));
      Path target = dir.resolve("x.txt");
      client.files().download(new FileHandleAssociation().setFileHandleId("1").setAssociateObjectId("syn2")
          .setAssociateObjectType(FileHandleAssociateType.FileEntity), target, TransferProgressListener.NONE);
      assertEquals("hello canary", Files.readString(target));
      assertFalse(client.toString().contains(CANARY));
      client.close();
    } finally {
      System.setErr(oldErr);
      System.setOut(oldOut);
      root.removeHandler(julHandler);
      root.setLevel(oldLevel);
    }
    String logs = err.toString(StandardCharsets.UTF_8) + out.toString(StandardCharsets.UTF_8) + String.join("\n", jul);
    assertTrue(logs.contains("retrying"), "the capture must see the client's log lines:\n" + logs);
    assertTrue(logs.contains("DEBUG"), "DEBUG lines are captured too");
    assertTrue(authorized.get() >= 10, "the token was sent to Synapse (" + authorized.get() + " requests)");
    assertFalse(logs.contains(CANARY), "token found in the logs:\n" + logs);
    for (Throwable t : failures) {
      assertFalse(stackTrace(t).contains(CANARY), "token in exception: " + t);
    }
    assertTrue(failures.get(0).getMessage().contains("Invalid access token"));
  }

  private static String stackTrace(Throwable t) {
    StringWriter w = new StringWriter();
    t.printStackTrace(new PrintWriter(w));
    return w.toString();
  }
}
