package org.synapsejdbc.client.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.SynapseEndpoints;
import org.synapsejdbc.client.auth.Credentials;

/**
 * A server that ends an idle keep-alive connection by sending an unsolicited {@code 408 Request Timeout} and closing
 * it (as HAProxy does), which no real local-synapse produces: the client must not take that 408 as the answer to
 * its next request, nor report a failure; it sends the request on a new connection.
 */
class StaleConnectionProbeTest {
  private static final String OK = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 16\r\n\r\n"
      + "{\"userName\":\"a\"}";
  private static final String IDLE_408 =
      "HTTP/1.1 408 Request Timeout\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";

  private final List<String> failures = new CopyOnWriteArrayList<>();
  private final AtomicInteger connections = new AtomicInteger();
  private final AtomicInteger requests = new AtomicInteger();
  private ServerSocket server;
  private Thread acceptor;

  @AfterEach
  void tearDown() throws IOException, InterruptedException {
    server.close();
    acceptor.join(5_000);
  }

  @Test
  void anUnsolicited408OnAnIdleConnectionIsNotTakenForTheAnswer() throws Exception {
    startServer(Duration.ofMillis(200));
    try (SynapseClient client = SynapseClient.builder()
        .endpoints(SynapseEndpoints.of("http://127.0.0.1:" + server.getLocalPort()))
        .credentials(Credentials.token("stale-probe-" + System.nanoTime(), "test"))
        .retryPolicy(RetryPolicy.NONE)
        .listener(new SynapseRequestListener() {
          @Override
          public void onFailure(String method, String path, Exception failure, Duration elapsed) {
            failures.add(method + " " + path + ": " + failure);
          }
        }).build()) {
      assertEquals("a", client.users().profile().getUserName());
      // Longer than the server's idle timeout and than the idle time from which the client checks a connection.
      Thread.sleep(StaleConnectionProbe.CHECK_AFTER_IDLE.toMillis() + 300);
      assertEquals("a", client.users().profile().getUserName());
    }
    assertEquals(List.of(), failures);
    assertEquals(2, requests.get());
    assertEquals(2, connections.get());
  }

  /** Answers each request with {@link #OK}; after {@code idle} without a request, sends a 408 and closes. */
  private void startServer(Duration idle) throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor = new Thread(() -> {
      while (!server.isClosed()) {
        try {
          Socket s = server.accept();
          connections.incrementAndGet();
          Thread t = new Thread(() -> serve(s, idle), "stale-probe-connection");
          t.setDaemon(true);
          t.start();
        } catch (IOException e) {
          return;
        }
      }
    }, "stale-probe-acceptor");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private void serve(Socket s, Duration idle) {
    try (s; BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8))) {
      OutputStream out = s.getOutputStream();
      s.setSoTimeout((int) idle.toMillis());
      while (true) {
        String line;
        try {
          line = in.readLine();
        } catch (java.net.SocketTimeoutException e) {
          out.write(IDLE_408.getBytes(StandardCharsets.US_ASCII));
          out.flush();
          return;
        }
        if (line == null) {
          return;
        }
        while (!line.isEmpty()) {
          line = in.readLine();
        }
        requests.incrementAndGet();
        out.write(OK.getBytes(StandardCharsets.US_ASCII));
        out.flush();
      }
    } catch (IOException ignored) {
      // the client went away
    }
  }
}
