package org.synapsejdbc.jdbc.call;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.SynapseEndpoints;
import org.synapsejdbc.local.LocalSynapse;

/**
 * Shared set-up of the procedure tests: one in-memory local-synapse per test class, a JDBC connection through
 * {@link java.sql.DriverManager} as user1, and a REST client as user1 to check the effects independently.
 */
abstract class CallTestBase {
  static LocalSynapse server;
  static SynapseClient rest;
  Connection connection;

  @BeforeAll
  static void startServer() {
    server = LocalSynapse.builder().inMemory().port(0).throttles(false).build().start();
    rest = SynapseClient.builder().endpoints(SynapseEndpoints.of(server.baseUrl())).token(server.user1Token())
        .build();
  }

  @AfterAll
  static void stopServer() {
    rest.close();
    server.stop();
  }

  @BeforeEach
  void connect() throws SQLException {
    connection = connect(server.user1Token());
  }

  @AfterEach
  void disconnect() throws SQLException {
    connection.close();
  }

  static String url() {
    return "jdbc:synapse://localhost:" + server.port();
  }

  static Connection connect(String token) throws SQLException {
    Properties p = new Properties();
    p.setProperty("authToken", token);
    return DriverManager.getConnection(url(), p);
  }

  /** A name no other test uses (project names are global). */
  static String unique(String prefix) {
    return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Runs a CALL through a plain statement and returns its single result row by column label. */
  Map<String, Object> call(String sql) throws SQLException {
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      return single(rs);
    }
  }

  static Map<String, Object> single(ResultSet rs) throws SQLException {
    List<Map<String, Object>> rows = rows(rs);
    if (rows.size() != 1) {
      throw new AssertionError("expected one row, got " + rows);
    }
    return rows.get(0);
  }

  static List<Map<String, Object>> rows(ResultSet rs) throws SQLException {
    ResultSetMetaData md = rs.getMetaData();
    List<Map<String, Object>> rows = new ArrayList<>();
    while (rs.next()) {
      Map<String, Object> row = new LinkedHashMap<>();
      for (int i = 1; i <= md.getColumnCount(); i++) {
        row.put(md.getColumnLabel(i), rs.getObject(i));
      }
      rows.add(row);
    }
    return rows;
  }

  /** A new project for one test, created over REST. */
  static String newProject() {
    return rest.entities().create(new org.synapsejdbc.client.model.Project().setName(unique("proc test")))
        .getId();
  }
}
