package org.synapsejdbc.jdbc.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.SynapseEndpoints;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.ColumnType;
import org.synapsejdbc.client.model.Project;
import org.synapsejdbc.client.model.TableEntity;
import org.synapsejdbc.local.LocalSynapse;
import org.synapsejdbc.local.http.Faults;

/**
 * Tokens never leak (a canary token through successes, failures, faults and retries, checked in every log record,
 * exception, {@code toString} and URL), users are isolated in one JVM (schemas, tables, system tables, per-user
 * caches), and a {@code ~/.synapseConfig} readable by others is warned about.
 * Plain-http-to-loopback-only is covered by {@code SynapseEndpointsTest} (client), {@code SynapseUrlTest} (driver)
 * and the {@code url} cases of the bad-input corpus.
 */
class SecurityTest {
  static ReliabilityFixture fx;
  static LocalSynapse.TestUser canary;

  @BeforeAll
  static void start() {
    fx = new ReliabilityFixture(false, true);
    canary = fx.synapse.createUser("canary");
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  @Test
  void canaryTokenAppearsNowhere() throws Exception {
    String token = canary.token();
    List<String> seen = new ArrayList<>();
    try (LogCapture logs = new LogCapture()) {
      try (Connection c = fx.connectAs(token)) {
        seen.add(c.toString());
        DatabaseMetaData md = c.getMetaData();
        seen.add(md.getURL());
        seen.add(String.valueOf(md.getUserName()));
        seen.add(String.valueOf(c.getClientInfo()));
        String project;
        try (Statement s = c.createStatement()) {
          seen.add(s.toString());
          try (ResultSet rs = s.executeQuery("CALL create_project('canary project " + System.nanoTime() + "')")) {
            rs.next();
            project = rs.getString("id");
            seen.add(rs.toString());
          }
          String table;
          try (ResultSet rs = s.executeQuery("CALL create_table('" + project + "', 't', "
              + "'[{\"name\":\"v\",\"columnType\":\"STRING\",\"maximumSize\":20}]')")) {
            rs.next();
            table = rs.getString("id");
          }
          fx.synapse.faults(Faults.NONE.with503(0.1).with500(0.1).withReset(0.1).with429(0.1).withSeed(5));
          try (PreparedStatement p = c.prepareStatement("INSERT INTO " + table + " (v) VALUES (?)")) {
            for (int i = 0; i < 10; i++) {
              p.setString(1, "row " + i);
              try {
                p.executeUpdate();
              } catch (SQLException e) {
                seen.add(describe(e));
              }
            }
          }
          for (int i = 0; i < 10; i++) {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
              rs.next();
              seen.add(rs.getString(1));
            } catch (SQLException e) {
              seen.add(describe(e));
            }
          }
          fx.synapse.faults(Faults.NONE);
          for (String bad : List.of("SELEC 1", "SELECT nope FROM " + table, "CALL delete_entity('synx')",
              "INSERT INTO " + table + " (v) VALUES ('" + "x".repeat(30) + "')", "SELECT * FROM syn1")) {
            seen.add(describe(assertThrows(SQLException.class, () -> s.execute(bad))));
          }
        }
        seen.add(c.toString());
      }
      // Failures before any request: wrong property, refused server, rejected token.
      seen.add(describe(assertThrows(SQLException.class, () -> fx.connectAs(token, "cacheTtl", "x"))));
      seen.add(describe(assertThrows(SQLException.class, () -> DriverManager.getConnection(
          fx.url() + "?authToken=" + token, new Properties()))));
      Properties refused = new Properties();
      refused.setProperty("authToken", token);
      refused.setProperty("maxRetries", "0");
      try (Connection c = DriverManager.getConnection("jdbc:synapse://localhost:1", refused)) {
        seen.add(describe(assertThrows(SQLException.class, () -> c.createStatement().executeQuery(
            "SELECT COUNT(*) FROM syn1"))));
      }
      try (Connection c = fx.connectAs(token + "x")) {
        seen.add(describe(assertThrows(SQLException.class, () -> c.createStatement().executeQuery(
            "SELECT COUNT(*) FROM syn1"))));
      }
      seen.addAll(logs.lines());
      assertTrue(logs.lines().size() > 0, "nothing was logged: the capture does not work");
      Figures.record("security.canary", Map.of("linesChecked", seen.size(), "logRecords", logs.lines().size()));
    }
    for (String line : seen) {
      assertFalse(line.contains(token), "the canary token leaked: " + line.replace(token, "<CANARY>"));
      assertFalse(line.contains(token.substring(0, Math.min(token.length(), 24))),
          "a prefix of the canary token leaked: " + line);
    }
    for (var e : fx.synapse.requestLog().entries()) {
      assertFalse((e.path() + "?" + e.query()).contains(token), "token in a request URL");
    }
  }

  private static String describe(SQLException e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    return e + " " + e.getMessage() + " " + e.getSQLState() + " " + trace;
  }

  @Test
  void twoUsersInOneJvmNeverSeeEachOthersData() throws Exception {
    LocalSynapse.TestUser bob = fx.synapse.createUser("bob");
    String bobProject;
    String bobTable;
    try (SynapseClient bobRest = SynapseClient.builder().endpoints(SynapseEndpoints.of(fx.synapse.baseUrl()))
        .token(bob.token()).build()) {
      Project p = bobRest.entities().create(new Project().setName("Bob private " + System.nanoTime()));
      bobProject = p.getId();
      List<ColumnModel> cols = bobRest.columns().createBatch(List.of(
          new ColumnModel().setName("secret").setColumnType(ColumnType.STRING).setMaximumSize(20L)));
      TableEntity t = bobRest.entities().create(new TableEntity().setName("bobs table").setParentId(bobProject)
          .setColumnIds(List.of(cols.get(0).getId())));
      bobTable = t.getId();
    }
    String aliceProject = fx.project.getName();
    String aliceTable = fx.samples.getId();
    for (int round = 0; round < 2; round++) {
      try (Connection alice = fx.connect(); Connection b = fx.connectAs(bob.token())) {
        // Alternate so that each user's caches are warm when the other asks.
        List<String> aliceSchemas = schemas(alice);
        List<String> bobSchemas = schemas(b);
        assertTrue(aliceSchemas.contains(aliceProject), aliceSchemas.toString());
        assertFalse(aliceSchemas.stream().anyMatch(s -> s.startsWith("Bob private")), aliceSchemas.toString());
        assertFalse(bobSchemas.contains(aliceProject), bobSchemas.toString());
        assertTrue(bobSchemas.stream().anyMatch(s -> s.startsWith("Bob private")), bobSchemas.toString());
        assertEquals(List.of("0"), ReliabilityFixture.rows(b, "SELECT COUNT(*) FROM " + bobTable));
        assertEquals(List.of(String.valueOf(ReliabilityFixture.ROWS)),
            ReliabilityFixture.rows(alice, "SELECT COUNT(*) FROM " + aliceTable));
        assertThrows(SQLException.class, () -> ReliabilityFixture.rows(b, "SELECT COUNT(*) FROM " + aliceTable));
        assertThrows(SQLException.class, () -> ReliabilityFixture.rows(alice, "SELECT COUNT(*) FROM " + bobTable));
        assertThrows(SQLException.class, () -> ReliabilityFixture.rows(b,
            "SELECT COUNT(*) FROM \"" + aliceProject + "\".\"samples\""));
        assertEquals(List.of(), tables(b, aliceProject));
        assertEquals(List.of("samples"), tables(alice, aliceProject));
        assertEquals(List.of(), tables(alice, bobSchemas.stream().filter(s -> s.startsWith("Bob")).findFirst()
            .orElseThrow()));
        assertFalse(ReliabilityFixture.rows(b, "SELECT name FROM synapse.projects").contains(aliceProject));
        assertNothingVisible(b, "SELECT id FROM synapse.entities WHERE project_id = '" + fx.project.getId() + "'");
        assertNothingVisible(b, "SELECT name FROM synapse.columns WHERE table_id = '" + aliceTable + "'");
        assertNothingVisible(alice, "SELECT name FROM synapse.columns WHERE table_id = '" + bobTable + "'");
        assertNothingVisible(b, "SELECT \"key\" FROM synapse.annotations WHERE entity_id = '" + aliceTable + "'");
        assertNothingVisible(b, "SELECT id FROM synapse.files WHERE project_id = '" + fx.project.getId() + "'");
      }
    }
  }

  /** The query either fails (no access) or returns no rows; it never shows the other user's data. */
  private static void assertNothingVisible(Connection c, String sql) {
    try {
      assertEquals(List.of(), ReliabilityFixture.rows(c, sql), sql);
    } catch (SQLException e) {
      assertTrue(e.getMessage().contains("lack READ access") || e.getMessage().contains("not found"),
          e.getMessage());
    }
  }

  private static List<String> schemas(Connection c) throws SQLException {
    List<String> out = new ArrayList<>();
    try (ResultSet rs = c.getMetaData().getSchemas()) {
      while (rs.next()) {
        out.add(rs.getString("TABLE_SCHEM"));
      }
    }
    return out;
  }

  private static List<String> tables(Connection c, String schema) throws SQLException {
    List<String> out = new ArrayList<>();
    try (ResultSet rs = c.getMetaData().getTables(null, schema, "%", null)) {
      while (rs.next()) {
        out.add(rs.getString("TABLE_NAME"));
      }
    }
    return out;
  }

  @Test
  void configFileReadableByOthersIsWarnedAbout(@TempDir Path home) throws Exception {
    Path config = home.resolve(".synapseConfig");
    Files.writeString(config, "[profile reliability]\nauthtoken = " + canary.token() + "\n");
    String originalHome = System.getProperty("user.home");
    System.setProperty("user.home", home.toString());
    try {
      Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-r--r--"));
      List<String> warnings = warningsWhileConnecting();
      assertTrue(warnings.stream().anyMatch(w -> w.contains("chmod 600") && w.contains(config.toString())),
          "no warning about " + config + ": " + warnings);
      Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-------"));
      assertEquals(List.of(), warningsWhileConnecting().stream().filter(w -> w.contains("chmod")).toList());
    } finally {
      System.setProperty("user.home", originalHome);
    }
  }

  /** Connects with the profile, proves it acts as the canary user, and returns the WARNING records. */
  private static List<String> warningsWhileConnecting() throws SQLException {
    try (LogCapture logs = new LogCapture()) {
      Properties info = new Properties();
      info.setProperty("profile", "reliability");
      try (Connection c = DriverManager.getConnection(fx.url(), info)) {
        // The canary user cannot read user1's table: the profile's token was used, not user1's.
        assertThrows(SQLException.class, () -> ReliabilityFixture.rows(c,
            "SELECT COUNT(*) FROM " + fx.samples.getId()));
      }
      List<String> warnings = logs.lines().stream().filter(l -> l.startsWith("WARNING")).toList();
      for (String w : warnings) {
        assertFalse(w.contains(canary.token()), "the warning shows the token");
      }
      return warnings;
    }
  }
}
