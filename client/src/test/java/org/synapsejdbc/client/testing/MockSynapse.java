package org.synapsejdbc.client.testing;

import java.io.IOException;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.Headers;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.SynapseEndpoints;
import org.synapsejdbc.client.async.PollSchedule;
import org.synapsejdbc.client.auth.Credentials;
import org.synapsejdbc.client.http.RetryPolicy;

/** A MockWebServer posing as Synapse (for injected faults only) plus a client pointed at it with fast retries. */
public final class MockSynapse implements AutoCloseable {
  public static final RetryPolicy FAST_RETRIES =
      new RetryPolicy(6, Duration.ofMillis(5), Duration.ofMillis(40), Duration.ofSeconds(20));

  public final MockWebServer server = new MockWebServer();

  public MockSynapse() throws IOException {
    server.start();
  }

  public String baseUrl() {
    String u = server.url("/").toString();
    return u.substring(0, u.length() - 1);
  }

  public SynapseEndpoints endpoints() {
    return SynapseEndpoints.of(baseUrl());
  }

  /** A client with a unique token (so it gets its own throttle) and fast retries. */
  public SynapseClient client(String token) {
    return builder(token).build();
  }

  public SynapseClient.Builder builder(String token) {
    return SynapseClient.builder().endpoints(endpoints())
        .credentials(Credentials.token(token, "test"))
        .retryPolicy(FAST_RETRIES)
        .pollSchedule(new PollSchedule(Duration.ofMillis(5), Duration.ofMillis(200), 0.2))
        .connectTimeout(Duration.ofSeconds(5))
        .readTimeout(Duration.ofSeconds(5));
  }

  public static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code)
        .headers(Headers.of("Content-Type", "application/json"))
        .body(body).build();
  }

  public static MockResponse reason(int code, String reason) {
    return json(code, "{\"reason\":\"" + reason + "\"}");
  }

  @Override
  public void close() {
    server.close();
  }
}
