package org.synapsejdbc.jdbc.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.SynapseEndpoints;
import org.synapsejdbc.client.async.JobOptions;
import org.synapsejdbc.client.model.AppendableRowSetRequest;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.ColumnType;
import org.synapsejdbc.client.model.PartialRow;
import org.synapsejdbc.client.model.PartialRowSet;
import org.synapsejdbc.client.model.Project;
import org.synapsejdbc.client.model.TableEntity;
import org.synapsejdbc.client.model.TableUpdateTransactionRequest;
import org.synapsejdbc.local.LocalSynapse;
import org.synapsejdbc.local.http.Faults;

/**
 * Bad inputs against a running local-synapse over HTTP: each fails with an SQLException of the right SQLState and
 * a message naming the problem, and none changes the table.
 */
class BadInputTest {
  private static final String VIEW_ONLY = "local-synapse-user1-view-token";

  private static LocalSynapse synapse;
  private static SynapseClient client;
  private static Project project;
  private static TableEntity people;

  @BeforeAll
  static void start() {
    synapse = LocalSynapse.builder().inMemory().port(0).throttles(false).build().start();
    client = SynapseClient.builder()
        .endpoints(SynapseEndpoints.of(synapse.repoUrl(), synapse.fileUrl(), synapse.authUrl()))
        .token(synapse.user1Token()).build();
    project = client.entities().create(new Project().setName("Errors " + System.nanoTime()));
    List<ColumnModel> columns = client.columns().createBatch(List.of(
        new ColumnModel().setName("name").setColumnType(ColumnType.STRING).setMaximumSize(20L),
        new ColumnModel().setName("n").setColumnType(ColumnType.INTEGER)));
    people = client.entities().create(new TableEntity().setName("people").setParentId(project.getId())
        .setColumnIds(columns.stream().map(ColumnModel::getId).toList()));
    List<PartialRow> rows = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Map<String, String> values = new LinkedHashMap<>();
      values.put(columns.get(0).getId(), "row " + i);
      values.put(columns.get(1).getId(), String.valueOf(i));
      rows.add(new PartialRow().setValues(values));
    }
    client.tables().transaction(people.getId(), new TableUpdateTransactionRequest().setEntityId(people.getId())
        .setChanges(List.of(new AppendableRowSetRequest().setEntityId(people.getId())
            .setToAppend(new PartialRowSet().setTableId(people.getId()).setRows(rows)))), JobOptions.defaults());
  }

  @AfterAll
  static void stop() {
    if (client != null) {
      client.close();
    }
    if (synapse != null) {
      synapse.stop();
    }
  }

  private static String url() {
    return "jdbc:synapse://localhost:" + synapse.port();
  }

  private static Connection connect(String token, String... keyValues) throws SQLException {
    Properties info = new Properties();
    if (token != null) {
      info.setProperty("authToken", token);
    }
    for (int i = 0; i < keyValues.length; i += 2) {
      info.setProperty(keyValues[i], keyValues[i + 1]);
    }
    return DriverManager.getConnection(url(), info);
  }

  /** Runs {@code sql} to the end (reading every row), as {@code token}. */
  private static void run(String token, String sql) throws SQLException {
    try (Connection c = connect(token); Statement s = c.createStatement()) {
      if (s.execute(sql)) {
        try (ResultSet rs = s.getResultSet()) {
          while (rs.next()) {
            rs.getObject(1);
          }
        }
      }
    }
  }

  static Stream<Arguments> badSql() {
    String t = people.getId();
    String user1 = synapse.user1Token();
    String user2 = synapse.user2Token();
    return Stream.of(
        // 42: syntax and access
        Arguments.of("misspelled keyword", user1, "SELEC * FROM " + t, "42601", "SELEC"),
        Arguments.of("incomplete statement", user1, "SELECT * FROM", "42601", "line 1"),
        Arguments.of("unbalanced quote", user1, "SELECT 'abc FROM " + t, "42601", "line 1"),
        Arguments.of("unknown table id", user1, "SELECT * FROM syn999999", "42P01", "syn999999"),
        Arguments.of("unknown table name", user1, "SELECT * FROM nosuchtable", "42P01", "nosuchtable"),
        Arguments.of("unknown column", user1, "SELECT nosuch FROM " + t, "42703", "nosuch"),
        Arguments.of("unknown function", user1, "SELECT nosuchfn(n) FROM " + t, "42883", "NOSUCHFN"),
        Arguments.of("type mismatch", user1, "SELECT n + TRUE FROM " + t, "42804", "Cannot apply"),
        Arguments.of("other user's table", user2, "SELECT * FROM " + t, "42P01", t),
        // 22: data
        Arguments.of("text too long", user1, "INSERT INTO " + t + " (name, n) VALUES ('"
            + "x".repeat(21) + "', 1)", "22001", "20"),
        Arguments.of("not a number", user1, "SELECT CAST('abc' AS INTEGER) FROM " + t, "22018", "abc"),
        Arguments.of("division by zero", user1, "SELECT n / 0 FROM " + t, "22012", "zero"),
        Arguments.of("text into an INTEGER column", user1, "INSERT INTO " + t + " (name, n) VALUES ('x', 'abc')",
            "22018", "'abc' into column n (INTEGER)"),
        Arguments.of("fraction into an INTEGER column", user1, "UPDATE " + t + " SET n = 2.5 WHERE n = 1", "22018",
            "not a whole number"),
        Arguments.of("number beyond an INTEGER column", user1, "INSERT INTO " + t + " (name, n) VALUES ('x', 1E19)",
            "22003", "64-bit"),
        Arguments.of("read_file on a table", user1, "SELECT * FROM TABLE(synapse.read_file('" + t + "'))", "22023",
            t + " is a table"),
        Arguments.of("read_file on a project", user1, "SELECT * FROM TABLE(synapse.read_file('" + project.getId()
            + "'))", "22023", project.getId() + " is a project"),
        Arguments.of("incompatible types in an IN list", user1, "SELECT name FROM " + t + " WHERE n IN ('a', TRUE)",
            "42804", "must have compatible types"),
        // 28: authorization
        Arguments.of("token without modify scope", VIEW_ONLY, "INSERT INTO " + t + " (name, n) VALUES ('v', 9)",
            "28000", "modify"),
        // 0A: unsupported
        Arguments.of("DDL", user1, "CREATE TABLE x (a INT)", "0A000", "create_table"),
        Arguments.of("DROP", user1, "DROP TABLE " + t, "0A000", "delete_entity"),
        Arguments.of("MERGE", user1, "MERGE INTO " + t + " USING (VALUES (1)) s(x) ON n = s.x WHEN MATCHED THEN"
            + " UPDATE SET name = 'm'", "0A000", "UPDATE ... WHERE"),
        Arguments.of("INSERT into a system table", user1, "INSERT INTO synapse.projects (name) VALUES ('p')",
            "0A000", "create_project"),
        Arguments.of("UPDATE of a system table", user1, "UPDATE synapse.annotations SET \"value\" = 'v'", "0A000",
            "set_annotation"),
        // 42883 / 40002 from procedures, through the same translation
        Arguments.of("unknown procedure", user1, "CALL nosuch_procedure(1)", "42883", "nosuch_procedure"),
        Arguments.of("entity missing", user1, "CALL delete_entity('syn999999')", "42704", "syn999999"),
        Arguments.of("malformed id", user1, "CALL delete_entity('syn12abc')", "22023", "syn12abc"),
        Arguments.of("no permission", user2, "CALL set_annotation('" + t + "', 'k', 'v')", "42501", "access"),
        Arguments.of("name clash", user1, "CALL create_project('" + project.getName() + "')", "40002",
            "already exists"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badSql")
  void badSqlFailsWithItsState(String name, String token, String sql, String state, String fragment) {
    SQLException e = assertThrows(SQLException.class, () -> run(token, sql), name);
    assertEquals(state, e.getSQLState(), name + ": " + e.getMessage());
    assertTrue(e.getMessage().toLowerCase().contains(fragment.toLowerCase()), name + ": " + e.getMessage());
    assertFalse(e.getMessage().contains(synapse.user1Token()), "token echoed");
    assertFalse(e.getMessage().contains(VIEW_ONLY), "token echoed");
  }

  @Test
  void aTokenWithNonAsciiCharactersIsRefusedBeforeAnyRequest() {
    int before = synapse.requestLog().entries().size();
    SQLException e = assertThrows(SQLException.class, () -> connect("CANARY-\u00e4\u00f6\u00fc-7f3a9c"));
    assertEquals("28000", e.getSQLState(), e.getMessage());
    assertTrue(e.getMessage().contains("non-ASCII character"), e.getMessage());
    assertFalse(e.getMessage().contains("CANARY") || e.getMessage().contains("7f3a9c")
        || e.getMessage().contains("\u00e4"), "token echoed: " + e.getMessage());
    assertEquals(before, synapse.requestLog().entries().size(), "a request was sent");
  }

  @Test
  void nothingChanged() throws SQLException {
    for (Arguments a : badSql().toList()) {
      Object[] args = a.get();
      assertThrows(SQLException.class, () -> run((String) args[1], (String) args[2]));
    }
    nothingChangedIn(people.getId());
  }

  @Test
  void preparingBadSqlFailsWithItsState() throws SQLException {
    try (Connection c = connect(synapse.user1Token())) {
      SQLException e = assertThrows(SQLException.class,
          () -> c.prepareStatement("SELECT nosuch FROM " + people.getId() + " WHERE n = ?"));
      assertEquals("42703", e.getSQLState(), e.getMessage());
      assertTrue(e.getMessage().contains("nosuch"), e.getMessage());
    }
  }

  @Test
  void aFailedBatchKeepsTheStateOfItsCause() throws SQLException {
    try (Connection c = connect(synapse.user1Token());
        PreparedStatement ps = c.prepareStatement("INSERT INTO " + people.getId() + " (name, n) VALUES (?, ?)")) {
      ps.setString(1, "ok");
      ps.setInt(2, 1);
      ps.addBatch();
      ps.setString(1, "y".repeat(25));
      ps.setInt(2, 2);
      ps.addBatch();
      BatchUpdateException e = assertThrows(BatchUpdateException.class, ps::executeBatch);
      assertEquals("22001", e.getSQLState(), e.getMessage());
    }
    nothingChangedIn(people.getId());
  }

  private static void nothingChangedIn(String table) throws SQLException {
    try (Connection c = connect(synapse.user1Token()); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*), SUM(n) FROM " + table)) {
      assertTrue(rs.next());
      assertEquals(3, rs.getLong(1));
      assertEquals(3, rs.getLong(2));
    }
  }

  @Test
  void wrongTokenIsAnAuthorizationError() {
    SQLException e = assertThrows(SQLException.class,
        () -> run("not-a-valid-token", "SELECT * FROM " + people.getId()));
    assertEquals("28000", e.getSQLState(), e.getMessage());
    assertFalse(e.getMessage().contains("not-a-valid-token"), e.getMessage());
  }

  @Test
  void wrongTokenWhileConnectingToASchemaIsAnAuthorizationError() {
    SQLException e = assertThrows(SQLException.class,
        () -> connect("not-a-valid-token", "schema", project.getName()).close());
    assertEquals("28000", e.getSQLState(), e.getMessage());
    assertFalse(e.getMessage().contains("not-a-valid-token"), e.getMessage());
  }

  @Test
  void jdbcMisuseHasAState() throws SQLException {
    Connection c = connect(synapse.user1Token());
    SQLException savepoint = assertThrows(SQLException.class, c::setSavepoint);
    assertEquals("0A000", savepoint.getSQLState(), savepoint.getMessage());
    c.close();
    SQLException closed = assertThrows(SQLException.class, c::createStatement);
    assertEquals("08003", closed.getSQLState(), closed.getMessage());
  }

  @Test
  void badUrlPropertyIsAConnectionError() {
    SQLException e = assertThrows(SQLException.class, () -> DriverManager.getConnection(url() + "?nosuch=1"));
    assertEquals("08001", e.getSQLState(), e.getMessage());
    assertTrue(e.getMessage().contains("nosuch"), e.getMessage());
  }

  @Test
  void unavailableSynapseAfterRetriesIsAConnectionError() throws SQLException {
    try (Connection c = connect(synapse.user1Token(), "maxRetries", "0"); Statement s = c.createStatement()) {
      synapse.faults(Faults.NONE.with503(1.0));
      try {
        SQLException e = assertThrows(SQLException.class, () -> {
          try (ResultSet rs = s.executeQuery("SELECT * FROM " + people.getId())) {
            while (rs.next()) {
              rs.getObject(1);
            }
          }
        });
        assertEquals("08S01", e.getSQLState(), e.getMessage());
        assertTrue(e.getMessage().contains("503"), e.getMessage());
      } finally {
        synapse.faults(Faults.NONE);
      }
    }
  }

  @Test
  void queryTimeoutIsHyt00() throws SQLException {
    try (Connection c = connect(synapse.user1Token()); Statement s = c.createStatement()) {
      s.setQueryTimeout(1);
      synapse.faults(Faults.NONE.withLatency(2500));
      long start = System.nanoTime();
      try {
        SQLException e = assertThrows(SQLException.class, () -> {
          try (ResultSet rs = s.executeQuery("SELECT * FROM " + people.getId())) {
            while (rs.next()) {
              rs.getObject(1);
            }
          }
        });
        assertEquals("HYT00", e.getSQLState(), e.getMessage());
        assertTrue(e.getMessage().toLowerCase().contains("timed out"), e.getMessage());
      } finally {
        synapse.faults(Faults.NONE);
      }
      assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10), "timeout not honoured");
    }
  }

  @Test
  void cancelIs57014() throws Exception {
    try (Connection c = connect(synapse.user1Token()); Statement s = c.createStatement()) {
      synapse.faults(Faults.NONE.withLatency(1500));
      try {
        CompletableFuture<Void> canceller = CompletableFuture.runAsync(() -> {
          try {
            Thread.sleep(300);
            s.cancel();
          } catch (Exception e) {
            fail(e);
          }
        });
        SQLException e = assertThrows(SQLException.class, () -> {
          try (ResultSet rs = s.executeQuery("SELECT * FROM " + people.getId())) {
            while (rs.next()) {
              rs.getObject(1);
            }
          }
        });
        canceller.get(10, TimeUnit.SECONDS);
        assertEquals("57014", e.getSQLState(), e.getMessage());
        assertTrue(e.getMessage().toLowerCase().contains("cancel"), e.getMessage());
      } finally {
        synapse.faults(Faults.NONE);
      }
    }
  }
}
