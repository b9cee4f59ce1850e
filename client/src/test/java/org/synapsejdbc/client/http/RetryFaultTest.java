package org.synapsejdbc.client.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.error.SynapseEtagMismatchException;
import org.synapsejdbc.client.error.SynapseThrottledException;
import org.synapsejdbc.client.error.SynapseTransportException;
import org.synapsejdbc.client.error.SynapseUnavailableException;
import org.synapsejdbc.client.model.Folder;
import org.synapsejdbc.client.model.TableUpdateTransactionRequest;
import org.synapsejdbc.client.async.JobOptions;
import org.synapsejdbc.client.testing.MockSynapse;

/** Retries under injected 429/503 storms and connection resets, and the idempotency rule for POSTs. */
class RetryFaultTest {
  private MockSynapse mock;
  private SynapseClient client;
  private final List<Integer> retries = new CopyOnWriteArrayList<>();

  @BeforeEach
  void setUp() throws Exception {
    mock = new MockSynapse();
    client = mock.builder("retry-" + System.nanoTime()).listener(new SynapseRequestListener() {
      @Override
      public void onRetry(String method, String path, int attempt, java.time.Duration delay, String cause) {
        retries.add(attempt);
      }
    }).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
    mock.close();
  }

  @Test
  void a429StormIsRiddenOutWithBackoff() throws Exception {
    for (int i = 0; i < 4; i++) {
      mock.server.enqueue(MockSynapse.reason(429,
          "Requests are too frequent. Allowed 600 requests every 60 seconds."));
    }
    mock.server.enqueue(MockSynapse.json(200, "{\"ownerId\":\"1\",\"userName\":\"alice\"}"));
    assertEquals("alice", client.users().profile().getUserName());
    assertEquals(5, mock.server.getRequestCount());
    assertEquals(List.of(1, 2, 3, 4), retries);
  }

  @Test
  void a503StormLongerThanThePolicyEndsInUnavailableWithSynapsesReason() {
    for (int i = 0; i < 6; i++) {
      mock.server.enqueue(MockSynapse.reason(503, "Synapse is down for maintenance."));
    }
    SynapseUnavailableException e = assertThrows(SynapseUnavailableException.class, () -> client.users().profile());
    assertEquals(503, e.status());
    assertEquals("Synapse is down for maintenance.", e.reason());
    assertEquals(MockSynapse.FAST_RETRIES.maxAttempts(), mock.server.getRequestCount());
  }

  @Test
  void throttledExceptionSurfacesWhenRetriesRunOut() {
    for (int i = 0; i < 6; i++) {
      mock.server.enqueue(MockSynapse.reason(429,
          "Too many concurrent requests. Allowed 3 concurrent connections at any time."));
    }
    SynapseThrottledException e = assertThrows(SynapseThrottledException.class, () -> client.users().profile());
    assertTrue(e.reason().startsWith("Too many concurrent requests"));
  }

  @Test
  void etagMismatchIsNotRetriedAndSurfacesAsItsOwnType() {
    mock.server.enqueue(MockSynapse.json(412, "{\"concreteType\":\"org.sagebionetworks.repo.model.ErrorResponse\","
        + "\"reason\":\"Object: syn1 was updated since you last fetched it, retrieve it again and re-apply the update\"}"));
    Folder f = new Folder();
    f.setId("syn1");
    f.setName("x");
    f.setParentId("syn2");
    f.setEtag("old");
    SynapseEtagMismatchException e = assertThrows(SynapseEtagMismatchException.class,
        () -> client.entities().update(f));
    assertEquals(412, e.status());
    assertEquals(1, mock.server.getRequestCount());
  }

  @Test
  void entityCreateAfterConnectionResetIsVerifiedByNameNotBlindlyResent() throws Exception {
    // The POST reaches the server, which drops the connection without answering: it may have been applied.
    mock.server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
        .build());
    mock.server.enqueue(MockSynapse.json(200, "{\"id\":\"syn77\"}")); // POST /entity/child finds it
    mock.server.enqueue(MockSynapse.json(200, "{\"concreteType\":\"org.sagebionetworks.repo.model.Folder\","
        + "\"id\":\"syn77\",\"name\":\"data\",\"parentId\":\"syn2\",\"etag\":\"e1\"}"));
    Folder folder = new Folder();
    folder.setName("data");
    folder.setParentId("syn2");
    Folder created = client.entities().create(folder);
    assertEquals("syn77", created.getId());
    assertEquals("POST /repo/v1/entity", line(mock.server.takeRequest()));
    RecordedRequest lookup = mock.server.takeRequest();
    assertEquals("POST /repo/v1/entity/child", line(lookup));
    assertTrue(lookup.getBody().utf8().contains("\"entityName\":\"data\""));
    assertEquals("GET /repo/v1/entity/syn77", line(mock.server.takeRequest()));
    assertEquals(3, mock.server.getRequestCount());
  }

  @Test
  void entityCreateIsResentWhenVerificationFindsNothing() throws Exception {
    mock.server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
        .build());
    mock.server.enqueue(MockSynapse.reason(404, "Resource not found"));
    mock.server.enqueue(MockSynapse.json(201, "{\"concreteType\":\"org.sagebionetworks.repo.model.Folder\","
        + "\"id\":\"syn78\",\"name\":\"data\",\"parentId\":\"syn2\",\"etag\":\"e1\"}"));
    Folder folder = new Folder();
    folder.setName("data");
    folder.setParentId("syn2");
    assertEquals("syn78", client.entities().create(folder).getId());
    assertEquals("POST /repo/v1/entity", line(mock.server.takeRequest()));
    assertEquals("POST /repo/v1/entity/child", line(mock.server.takeRequest()));
    assertEquals("POST /repo/v1/entity", line(mock.server.takeRequest()));
  }

  @Test
  void aTransactionStartThatMayHaveAppliedIsNotResent() {
    mock.server.enqueue(MockSynapse.reason(503, "transient database error"));
    SynapseUnavailableException e = assertThrows(SynapseUnavailableException.class,
        () -> client.tables().transaction("syn5", new TableUpdateTransactionRequest().setEntityId("syn5"),
            JobOptions.defaults()));
    assertEquals(503, e.status());
    assertEquals(1, mock.server.getRequestCount());
  }

  @Test
  void aThrottledTransactionStartIsResentBecauseThrottlesRejectBeforeProcessing() throws Exception {
    mock.server.enqueue(MockSynapse.reason(429, "Requests are too frequent. Allowed 600 requests every 60 seconds."));
    mock.server.enqueue(MockSynapse.json(201, "{\"token\":\"42\"}"));
    mock.server.enqueue(MockSynapse.json(201, "{\"concreteType\":"
        + "\"org.sagebionetworks.repo.model.table.TableUpdateTransactionResponse\",\"results\":[]}"));
    var response = client.tables().transaction("syn5", new TableUpdateTransactionRequest().setEntityId("syn5"),
        JobOptions.defaults());
    assertTrue(response.getResults().isEmpty());
    assertEquals(3, mock.server.getRequestCount());
  }

  @Test
  void idempotentGetAfterConnectionResetIsRetried() {
    mock.server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
        .build());
    mock.server.enqueue(MockSynapse.json(200, "{\"ownerId\":\"1\",\"userName\":\"bob\"}"));
    assertEquals("bob", client.users().profile().getUserName());
  }

  @Test
  void transportFailureOfANonIdempotentPostWithoutVerifierSaysItMayHaveApplied() {
    mock.server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
        .build());
    SynapseTransportException e = assertThrows(SynapseTransportException.class,
        () -> client.activities().create(new org.synapsejdbc.client.model.Activity().setName("a")));
    assertTrue(e.mayHaveApplied());
    assertInstanceOf(java.io.IOException.class, e.getCause());
    assertEquals(1, mock.server.getRequestCount());
  }

  @Test
  void anUndecodableAnswerIsNotRetried() {
    mock.server.enqueue(MockSynapse.json(200, "<html>proxy page</html>"));
    org.synapsejdbc.client.error.SynapseException e = assertThrows(
        org.synapsejdbc.client.error.SynapseException.class, () -> client.users().profile());
    assertTrue(e.getMessage().contains("Cannot decode the answer of GET /repo/v1/userProfile"), e.getMessage());
    assertEquals(1, mock.server.getRequestCount());
  }

  private static String line(RecordedRequest r) {
    return r.getMethod() + " " + r.getUrl().encodedPath();
  }
}
