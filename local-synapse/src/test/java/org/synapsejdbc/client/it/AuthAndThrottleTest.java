package org.synapsejdbc.client.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.synapsejdbc.client.ConnectionCheck;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.SynapseEndpoints;
import org.synapsejdbc.client.auth.Credentials;
import org.synapsejdbc.client.error.SynapseForbiddenException;
import org.synapsejdbc.client.error.SynapseUnauthenticatedException;
import org.synapsejdbc.client.model.Project;
import org.synapsejdbc.local.LocalSynapse;
import org.synapsejdbc.local.auth.BuiltInUsers;
import org.synapsejdbc.local.http.RequestLog;
import org.synapsejdbc.local.http.Scope;

/** Credential validation and scope reporting, and the client throttle against local-synapse's real throttles. */
class AuthAndThrottleTest {

  private static LocalSynapse start(boolean throttles) {
    return LocalSynapse.builder().inMemory().port(0).throttles(throttles).build().start();
  }

  @Test
  void aFullTokenValidatesWithNoMissingScopes() {
    try (LocalSynapse synapse = start(false); SynapseClient client = LocalClients.client(synapse,
        synapse.user1Token())) {
      ConnectionCheck check = client.validate();
      assertEquals(BuiltInUsers.USER1_NAME, check.profile().getUserName());
      assertTrue(check.missingScopes().isEmpty(), check.describe());
      assertTrue(check.scopesVerified());
      assertTrue(check.canDownload() && check.canModify());
    }
  }

  @Test
  void aViewOnlyTokenIsReportedAsLackingDownloadAndModifyInPlainWords() {
    try (LocalSynapse synapse = start(false); SynapseClient client = LocalClients.client(synapse,
        BuiltInUsers.USER1_VIEW_TOKEN)) {
      ConnectionCheck check = client.validate();
      assertEquals(Set.of("download", "modify"), check.missingScopes());
      assertTrue(check.canView());
      assertFalse(check.canDownload());
      String words = check.describe();
      assertTrue(words.contains("cannot run table queries or download files"), words);
      assertTrue(words.contains("cannot create, change or delete entities"), words);
      // And the server agrees when the token tries to write.
      SynapseForbiddenException e = assertThrows(SynapseForbiddenException.class,
          () -> client.entities().create(new Project().setName("nope")));
      assertTrue(e.reason().contains("insufficient_scope"), e.reason());
    }
  }

  @Test
  void aTokenWithoutViewIsReportedFromSynapsesAnswer() {
    try (LocalSynapse synapse = start(false)) {
      String token = synapse.createToken(BuiltInUsers.USER1_ID, EnumSet.of(Scope.OPENID, Scope.MODIFY));
      try (SynapseClient client = LocalClients.client(synapse, token)) {
        ConnectionCheck check = client.validate();
        assertTrue(check.missingScopes().contains("view"), check.missingScopes().toString());
        assertNull(check.profile());
        assertTrue(check.describe().contains("cannot read entities"));
      }
    }
  }

  @Test
  void anInvalidTokenFailsValidationWithAnExplanationButWithoutTheToken() {
    String bad = "not-a-real-token-" + System.nanoTime();
    try (LocalSynapse synapse = start(false); SynapseClient client = LocalClients.client(synapse, bad)) {
      SynapseUnauthenticatedException e = assertThrows(SynapseUnauthenticatedException.class, client::validate);
      assertEquals(401, e.status());
      assertTrue(e.getMessage().contains("Invalid access token"), e.getMessage());
      assertTrue(e.getMessage().contains("explicit token"), e.getMessage());
      assertFalse(e.getMessage().contains(bad));
    }
  }

  @Test
  void anonymousClientsValidateAsAnonymous() {
    try (LocalSynapse synapse = start(false); SynapseClient client = SynapseClient.builder()
        .endpoints(SynapseEndpoints.of(synapse.repoUrl(), synapse.fileUrl(), synapse.authUrl()))
        .credentials(Credentials.anonymous()).build()) {
      ConnectionCheck check = client.validate();
      assertTrue(check.anonymous());
      assertFalse(check.canView());
      assertTrue(check.describe().startsWith("Connected anonymously"));
    }
  }

  @Test
  void theTokenTravelsInTheHeaderNeverInAUrl() {
    try (LocalSynapse synapse = start(false); SynapseClient client = LocalClients.client(synapse,
        synapse.user1Token())) {
      Project p = client.entities().create(new Project().setName("url-check-" + System.nanoTime()));
      client.entities().get(p.getId());
      client.validate();
      List<RequestLog.Entry> entries = synapse.requestLog().entries();
      assertFalse(entries.isEmpty());
      for (RequestLog.Entry e : entries) {
        assertEquals(BuiltInUsers.USER1_ID, e.userId(), "authenticated: " + e.path());
        String url = e.path() + "?" + e.query();
        assertFalse(url.contains(synapse.user1Token()), url);
      }
    }
  }

  @Test
  void manyClientsOfOneUserStayWithinSynapsesThrottles() throws Exception {
    try (LocalSynapse synapse = start(true)) {
      List<SynapseClient> clients = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        clients.add(LocalClients.client(synapse, synapse.user2Token()));
      }
      Project p = clients.get(0).entities().create(new Project().setName("busy-" + System.nanoTime()));
      ExecutorService pool = Executors.newFixedThreadPool(16);
      try {
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
          SynapseClient c = clients.get(i % clients.size());
          futures.add(pool.submit(() -> c.entities().get(p.getId())));
        }
        for (Future<?> f : futures) {
          f.get();
        }
      } finally {
        pool.shutdownNow();
        clients.forEach(SynapseClient::close);
      }
      long throttled = synapse.requestLog().entries().stream().filter(e -> e.status() == 429).count();
      assertEquals(0, throttled, "the client throttle must keep one user under 3 concurrent requests");
      assertEquals(201, synapse.requestLog().count("GET /repo/v1/entity/{id}") + 1);
    }
  }
}
