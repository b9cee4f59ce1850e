package org.synapsejdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Through the driver, an https server whose certificate the JVM does not trust (self-signed) is refused: the
 * statement fails with a connection SQLState (class 08) naming the certificate problem, at once, and the server
 * receives no HTTP request (the token is never sent).
 */
class TlsDriverTest {
  private static final String TOKEN = "tls-driver-test-token";
  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws Exception {
    HeldCertificate selfSigned = new HeldCertificate.Builder().addSubjectAlternativeName("localhost")
        .duration(1, TimeUnit.HOURS).build();
    server.useHttps(new HandshakeCertificates.Builder().heldCertificate(selfSigned).build().sslSocketFactory());
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void anUntrustedCertificateFailsTheStatementWithSqlStateClass08() throws Exception {
    Properties info = new Properties();
    info.setProperty("authToken", TOKEN);
    long started = System.nanoTime();
    try (Connection c = DriverManager.getConnection("jdbc:synapse://localhost:" + server.getPort() + "?ssl=true",
        info); Statement s = c.createStatement()) {
      SQLException e = assertThrows(SQLException.class, () -> s.executeQuery("SELECT * FROM synapse.projects"));
      assertTrue(e.getSQLState().startsWith("08"), e.getSQLState() + " " + e.getMessage());
      assertTrue(e.getMessage().contains("TLS certificate of localhost could not be verified"), e.getMessage());
      assertFalse(e.getMessage().contains(TOKEN));
    }
    assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(20), "refused without retrying");
    assertEquals(0, server.getRequestCount(), "no HTTP request reached the server");
  }
}
