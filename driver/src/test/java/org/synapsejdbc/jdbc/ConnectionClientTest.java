package org.synapsejdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.jdbc.call.ConnectionClients;

/** Each connection has one REST client, shared by the installers and CALL, and closed with the connection. */
class ConnectionClientTest {
  @Test
  void oneClientPerConnectionSharedByInstallersAndProcedures() throws SQLException {
    SchemaInstallContext first;
    SynapseClient client;
    try (Connection c = DriverManager.getConnection("jdbc:synapse://localhost:9")) {
      first = TestSchemaInstaller.last;
      client = first.client().get();
      assertSame(client, first.client().get());
      assertSame(client, ConnectionClients.of(first.connection()), "CALL uses the installers' client");
      try (Connection other = DriverManager.getConnection("jdbc:synapse://localhost:9")) {
        assertNotSame(client, TestSchemaInstaller.last.client().get());
      }
    }
    assertThrows(IllegalStateException.class, () -> first.client().get());
    SQLException e = assertThrows(SQLException.class, () -> ConnectionClients.of(first.connection()));
    assertEquals("08003", e.getSQLState());
  }
}
