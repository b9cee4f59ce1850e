package org.synapsejdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synapsejdbc.jdbc.local.EmbeddedLocalSynapse;
import org.synapsejdbc.local.LocalSynapse;

/** {@code jdbc:synapse:local:DIR} against a real embedded local-synapse over HTTP. */
class EmbeddedLocalSynapseTest {
  @TempDir
  static Path dir;

  @AfterAll
  static void stopServers() {
    EmbeddedLocalSynapse.stopAll();
  }

  @Test
  void connectionsShareOneServerPerDataDirectory() throws Exception {
    Path data = dir.resolve("shared");
    try (Connection a = DriverManager.getConnection("jdbc:synapse:local:" + data)) {
      SchemaInstallContext first = TestSchemaInstaller.last;
      try (Connection b = DriverManager.getConnection("jdbc:synapse:local", props("localDir", data.toString()))) {
        SchemaInstallContext second = TestSchemaInstaller.last;
        assertFalse(b.isClosed());
        assertEquals(first.endpoints(), second.endpoints());
      }
      LocalSynapse server = EmbeddedLocalSynapse.serverFor(data, 0);
      assertSame(server, EmbeddedLocalSynapse.serverFor(data, 0));
      assertEquals(server.repoUrl(), first.endpoints().repo().toString().replaceAll("/$", ""));
      assertTrue(Files.list(data).findAny().isPresent(), "the store is on disk");
      assertFalse(a.isClosed());
    }
  }

  @Test
  void withoutTokenTheBuiltInUserIsUsedAndAcceptedByTheServer() throws Exception {
    Path data = dir.resolve("user1");
    try (Connection c = DriverManager.getConnection("jdbc:synapse:local:" + data)) {
      assertFalse(c.isClosed());
      SchemaInstallContext context = TestSchemaInstaller.last;
      String token = context.credentials().bearerToken().orElseThrow();
      HttpResponse<String> profile = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(context.endpoints().repo() + "/userProfile"))
              .header("Authorization", "Bearer " + token).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, profile.statusCode(), profile.body());
      assertTrue(profile.body().contains("\"userName\":\"user1\""), profile.body());
      assertFalse(context.credentials().toString().contains(token));
    }
  }

  @Test
  void anExplicitTokenWinsOverTheBuiltInUser() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:synapse:local:" + dir.resolve("explicit"),
        props("authToken", "some-other-token"))) {
      assertFalse(c.isClosed());
      assertEquals("some-other-token", TestSchemaInstaller.last.credentials().bearerToken().orElseThrow());
    }
  }

  @Test
  void aDifferentPortForARunningServerIsRefused() throws Exception {
    Path data = dir.resolve("port");
    try (Connection c = DriverManager.getConnection("jdbc:synapse:local:" + data)) {
      assertFalse(c.isClosed());
      int port = EmbeddedLocalSynapse.serverFor(data, 0).port();
      int other = port == 65535 ? port - 1 : port + 1;
      SQLException e = assertThrows(SQLException.class,
          () -> DriverManager.getConnection("jdbc:synapse:local:" + data + "?localPort=" + other));
      assertEquals("08001", e.getSQLState());
    }
  }

  private static Properties props(String key, String value) {
    Properties p = new Properties();
    p.setProperty(key, value);
    return p;
  }
}
