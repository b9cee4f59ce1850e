package org.synapsejdbc.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.synapsejdbc.client.auth.Credentials;
import org.synapsejdbc.client.error.SynapseCertificateException;
import org.synapsejdbc.client.http.SynapseRequestListener;
import org.synapsejdbc.client.testing.MockSynapse;

/**
 * TLS certificates are verified by default: an https server whose certificate the JVM does not trust (self-signed
 * here) or that was issued for another host is refused during the handshake, once, without retries and before any
 * request or token is sent; trusting the same certificate explicitly makes the same call succeed, so the refusal was
 * the verification and nothing else.
 */
class TlsVerificationTest {
  private static final String TOKEN = "tls-test-token";
  private final HeldCertificate localhost = new HeldCertificate.Builder().addSubjectAlternativeName("localhost")
      .duration(1, java.util.concurrent.TimeUnit.HOURS).build();
  private final MockWebServer server = new MockWebServer();
  private final List<String> retries = new CopyOnWriteArrayList<>();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aSelfSignedCertificateIsRefusedOnceAndNothingIsSent() throws Exception {
    start(localhost);
    try (SynapseClient client = client(null)) {
      SynapseCertificateException e = assertThrows(SynapseCertificateException.class,
          () -> client.users().profile());
      assertTrue(e.getMessage().contains("TLS certificate of localhost could not be verified"), e.getMessage());
      assertFalse(e.getMessage().contains(TOKEN));
      assertFalse(e.isTransient());
      assertFalse(e.mayHaveApplied());
    }
    assertEquals(0, server.getRequestCount(), "no HTTP request reached the server");
    assertEquals(List.of(), retries, "a certificate failure is not retried");
  }

  @Test
  void aTrustedCertificateForAnotherHostIsRefused() throws Exception {
    HeldCertificate otherHost = new HeldCertificate.Builder().addSubjectAlternativeName("synapse.example.org")
        .duration(1, java.util.concurrent.TimeUnit.HOURS).build();
    start(otherHost);
    try (SynapseClient client = client(trusting(otherHost))) {
      SynapseCertificateException e = assertThrows(SynapseCertificateException.class,
          () -> client.users().profile());
      assertTrue(e.getMessage().contains("localhost"), e.getMessage());
    }
    assertEquals(0, server.getRequestCount());
    assertEquals(List.of(), retries);
  }

  @Test
  void theSameServerIsReachedWhenItsCertificateIsTrusted() throws Exception {
    start(localhost);
    server.enqueue(MockSynapse.json(200, "{\"ownerId\":\"1\",\"userName\":\"alice\"}"));
    try (SynapseClient client = client(trusting(localhost))) {
      assertEquals("alice", client.users().profile().getUserName());
    }
    RecordedRequest request = server.takeRequest();
    assertNotNull(request.getHandshake(), "the request travelled over TLS");
    assertEquals("Bearer " + TOKEN, request.getHeaders().get("Authorization"));
  }

  private void start(HeldCertificate certificate) throws Exception {
    HandshakeCertificates serverSide = new HandshakeCertificates.Builder().heldCertificate(certificate).build();
    server.useHttps(serverSide.sslSocketFactory());
    server.start();
  }

  /** An OkHttp client whose only trusted certificate is {@code certificate}. */
  private static OkHttpClient trusting(HeldCertificate certificate) {
    HandshakeCertificates trust = new HandshakeCertificates.Builder()
        .addTrustedCertificate(certificate.certificate()).build();
    return new OkHttpClient.Builder().sslSocketFactory(trust.sslSocketFactory(), trust.trustManager()).build();
  }

  /** A client of the https server with retries on, so a wrongly transient failure would show as retries. */
  private SynapseClient client(OkHttpClient http) {
    String base = server.url("/").toString();
    assertTrue(base.startsWith("https://localhost:"), base);
    SynapseClient.Builder b = SynapseClient.builder()
        .endpoints(SynapseEndpoints.of(base.substring(0, base.length() - 1)))
        .credentials(Credentials.token(TOKEN, "test"))
        .retryPolicy(MockSynapse.FAST_RETRIES)
        .connectTimeout(Duration.ofSeconds(5)).readTimeout(Duration.ofSeconds(5))
        .listener(new SynapseRequestListener() {
          @Override
          public void onRetry(String method, String path, int attempt, Duration delay, String cause) {
            retries.add(method + " " + path + " " + cause);
          }
        });
    if (http != null) {
      b.httpClient(http);
    }
    return b.build();
  }
}
