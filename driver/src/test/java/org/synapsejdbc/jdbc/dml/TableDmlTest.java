package org.synapsejdbc.jdbc.dml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.synapsejdbc.client.model.TableEntity;

/** INSERT, UPDATE and DELETE on Synapse tables through JDBC, checked over REST against local-synapse. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TableDmlTest {
  private DmlFixture fx;

  @BeforeAll
  void start() {
    fx = new DmlFixture();
  }

  @AfterAll
  void stop() {
    fx.close();
  }

  @Test
  void insertValuesWritesOneTransactionWithTypedValues() throws Exception {
    TableEntity t = fx.table("insert_values");
    long before = fx.transactions();
    try (Connection c = fx.connect(); Statement s = c.createStatement()) {
      int n = s.executeUpdate("INSERT INTO " + t.getId() + " (name, n, score, flag, created, tags) VALUES "
          + "('alpha', 1, 1.5, TRUE, TIMESTAMP '2024-01-02 03:04:05.006', ARRAY['x', 'y']), "
          + "('beta', 2, NULL, FALSE, NULL, NULL)");
      assertEquals(2, n);
    }
    assertEquals(1, fx.transactions() - before);
    List<List<String>> rows = fx.rows(t.getId(),
        "SELECT name, n, score, flag, created, tags FROM " + t.getId() + " ORDER BY name");
    assertEquals(2, rows.size());
    assertEquals(List.of("alpha", "1", "1.5", "true", "1704164645006", "[\"x\", \"y\"]"), rows.get(0).subList(0, 6));
    assertEquals("beta", rows.get(1).get(0));
    assertEquals(null, rows.get(1).get(2));
  }

  @Test
  void updateAndDeleteWithWhereUseOnePushedQuery() throws Exception {
    TableEntity t = fx.table("update_delete");
    try (Connection c = fx.connect(); Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO " + t.getId() + " (name, n) VALUES ('a1', 1), ('a2', 2), ('b3', 3), ('b4', 4),"
          + " ('c5', 5)");
      long queries = fx.queries();
      long tx = fx.transactions();
      assertEquals(2, s.executeUpdate("UPDATE " + t.getId() + " SET n = n * 10, flag = TRUE WHERE name LIKE 'a%'"));
      assertEquals(1, fx.queries() - queries, "the WHERE became one Synapse query");
      assertEquals(1, fx.transactions() - tx);
      assertEquals(0, s.executeUpdate("UPDATE " + t.getId() + " SET n = 0 WHERE name = 'nobody'"));
      assertEquals(2, s.executeUpdate("DELETE FROM " + t.getId() + " WHERE n BETWEEN 3 AND 4 OR name = 'zz'"));
      // A WHERE that Synapse cannot evaluate runs in Calcite over the pushed part.
      assertEquals(1, s.executeUpdate("UPDATE " + t.getId() + " SET name = 'C5!' WHERE CHAR_LENGTH(name) = 2"
          + " AND n = 5"));
    }
    List<List<String>> rows = fx.rows(t.getId(), "SELECT name, n, flag FROM " + t.getId() + " ORDER BY n");
    assertEquals(3, rows.size());
    assertEquals(java.util.Arrays.asList("C5!", "5", null), rows.get(0).subList(0, 3));
    assertEquals(List.of("a1", "10", "true"), rows.get(1).subList(0, 3));
    assertEquals(List.of("a2", "20", "true"), rows.get(2).subList(0, 3));
    // Updated rows got a new row version; the untouched one kept its insert version.
    assertTrue(Long.parseLong(rows.get(1).get(4)) > 0);
  }

  @Test
  void insertSelectFromAnotherTable() throws Exception {
    TableEntity source = fx.table("source");
    TableEntity target = fx.table("target");
    try (Connection c = fx.connect(); Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO " + source.getId() + " (name, n) VALUES ('x', 1), ('y', 2), ('z', 3)");
      int n = s.executeUpdate("INSERT INTO " + target.getId() + " (name, n, score) SELECT UPPER(name), n + 100,"
          + " n / 2.0 FROM " + source.getId() + " WHERE n >= 2");
      assertEquals(2, n);
    }
    List<List<String>> rows = fx.rows(target.getId(), "SELECT name, n, score FROM " + target.getId()
        + " ORDER BY n");
    assertEquals(List.of(List.of("Y", "102", "1.0"), List.of("Z", "103", "1.5")),
        rows.stream().map(r -> r.subList(0, 3)).toList());
  }

  @Test
  void systemColumnsAreRefused() throws Exception {
    TableEntity t = fx.table("system_columns");
    try (Connection c = fx.connect(); Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO " + t.getId() + " (name) VALUES ('keep')");
      long tx = fx.transactions();
      SQLException update = assertThrows(SQLException.class,
          () -> s.executeUpdate("UPDATE " + t.getId() + " SET ROW_ID = 99"));
      assertEquals("428C9", update.getSQLState(), update.getMessage());
      assertTrue(update.getMessage().contains("ROW_ID"), update.getMessage());
      SQLException version = assertThrows(SQLException.class,
          () -> s.executeUpdate("UPDATE " + t.getId() + " SET name = 'x', ROW_VERSION = 1"));
      assertTrue(version.getMessage().contains("ROW_VERSION"), version.getMessage());
      SQLException insert = assertThrows(SQLException.class,
          () -> s.executeUpdate("INSERT INTO " + t.getId() + " (name, ROW_ID) VALUES ('x', 5)"));
      assertTrue(insert.getMessage().contains("ROW_ID"), insert.getMessage());
      assertEquals(tx, fx.transactions(), "nothing was sent");
    }
    assertEquals(List.of("keep"), fx.rows(t.getId(), "SELECT name FROM " + t.getId()).stream()
        .map(r -> r.get(0)).toList());
  }

  @Test
  void tooLongValuesAreRefusedNotTruncated() throws Exception {
    TableEntity t = fx.table("too_long");
    try (Connection c = fx.connect(); PreparedStatement p = c.prepareStatement(
        "INSERT INTO " + t.getId() + " (name, n) VALUES (?, ?)")) {
      p.setString(1, "fine");
      p.setInt(2, 1);
      assertEquals(1, p.executeUpdate());
      long tx = fx.transactions();
      // A literal: refused while preparing (Calcite would cut it to VARCHAR(20)).
      try (Statement s = c.createStatement()) {
        SQLException e = assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO " + t.getId()
            + " (name, n) VALUES ('short', 2), ('" + "x".repeat(30) + "', 3)"));
        assertEquals("22001", e.getSQLState(), e.toString());
        assertTrue(e.getMessage().contains("name") && e.getMessage().contains("20"), e.getMessage());
      }
      // A parameter: refused before anything is sent.
      p.setString(1, "p".repeat(21));
      p.setInt(2, 2);
      SQLException e = assertThrows(SQLException.class, p::executeUpdate);
      assertEquals("22001", e.getSQLState(), e.toString());
      assertEquals(tx, fx.transactions());
      try (PreparedStatement u = c.prepareStatement("UPDATE " + t.getId() + " SET name = ? WHERE n = 1")) {
        u.setString(1, "u".repeat(30));
        assertEquals("22001", assertThrows(SQLException.class, u::executeUpdate).getSQLState());
      }
      // A computed value: Synapse refuses the change set with its own reason.
      try (Statement s = c.createStatement()) {
        SQLException synapse = assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE " + t.getId()
            + " SET name = name || '" + "-".repeat(17) + "' WHERE n = 1"));
        assertEquals("22001", synapse.getSQLState(), synapse.toString());
        assertTrue(synapse.getMessage().contains("exceeds the maximum length of 20"), synapse.getMessage());
      }
      assertEquals(tx, fx.transactions() - 1, "only the refused change set was sent");
    }
    assertEquals(List.of("fine"), fx.rows(t.getId(), "SELECT name FROM " + t.getId()).stream()
        .map(r -> r.get(0)).toList(), "nothing half-written");
  }

  @Test
  void badTableIdAndMissingScope() throws Exception {
    TableEntity t = fx.table("scopes");
    try (Connection c = fx.connect(); Statement s = c.createStatement()) {
      SQLException e = assertThrows(SQLException.class,
          () -> s.executeUpdate("INSERT INTO syn999999 (name) VALUES ('x')"));
      assertTrue(e.getMessage().contains("syn999999"), e.getMessage());
    }
    try (Connection c = fx.connectAs("local-synapse-user1-view-download-token"); Statement s = c.createStatement()) {
      SQLException e = assertThrows(SQLException.class,
          () -> s.executeUpdate("INSERT INTO " + t.getId() + " (name) VALUES ('x')"));
      assertEquals("28000", e.getSQLState(), e.getMessage());
      assertTrue(e.getMessage().contains("modify"), e.getMessage());
    }
  }

  @Test
  void batchOfThousandsOfRowsGoesOutInFewTransactionsUnder2MiB() throws Exception {
    TableEntity t = fx.table("batch");
    int rows = 6000;
    long tx = fx.transactions();
    try (Connection c = fx.connect(); PreparedStatement p = c.prepareStatement(
        "INSERT INTO " + t.getId() + " (name, n, tags) VALUES (?, ?, ?)")) {
      String[] tags = new String[20];
      java.util.Arrays.fill(tags, "0123456789");
      for (int i = 0; i < rows; i++) {
        p.setString(1, "row " + i);
        p.setInt(2, i);
        p.setArray(3, c.createArrayOf("VARCHAR", tags));
        p.addBatch();
      }
      int[] counts = p.executeBatch();
      assertEquals(rows, counts.length);
      for (int count : counts) {
        assertEquals(1, count);
      }
    }
    long sent = fx.transactions() - tx;
    // ~6000 rows x ~330 JSON bytes = ~2 MB+: more than one change set, far fewer than one per row.
    assertTrue(sent >= 2 && sent <= 3, "transactions: " + sent);
    List<List<String>> back = fx.rows(t.getId(), "SELECT COUNT(*), MIN(n), MAX(n) FROM " + t.getId());
    assertEquals(List.of(String.valueOf(rows), "0", String.valueOf(rows - 1)), back.get(0).subList(0, 3));
  }

  @Test
  void failedBatchThrowsBatchUpdateExceptionAndWritesNothing() throws Exception {
    TableEntity t = fx.table("batch_failure");
    long tx = fx.transactions();
    try (Connection c = fx.connect(); PreparedStatement p = c.prepareStatement(
        "INSERT INTO " + t.getId() + " (name, n) VALUES (?, ?)")) {
      for (String name : new String[] {"ok 1", "x".repeat(25), "ok 3"}) {
        p.setString(1, name);
        p.setInt(2, 1);
        p.addBatch();
      }
      java.sql.BatchUpdateException e = assertThrows(java.sql.BatchUpdateException.class, p::executeBatch);
      assertEquals("22001", e.getSQLState(), e.toString());
      assertEquals(0, e.getUpdateCounts().length);
    }
    assertEquals(tx, fx.transactions(), "the batch's rows were kept back and never sent");
    assertEquals(0, fx.rows(t.getId(), "SELECT name FROM " + t.getId()).size());
  }

  @Test
  void batchedUpdatesSeeEarlierCommandsOfTheBatch() throws Exception {
    TableEntity t = fx.table("batch_update");
    try (Connection c = fx.connect()) {
      try (Statement s = c.createStatement()) {
        s.executeUpdate("INSERT INTO " + t.getId() + " (name, n) VALUES ('a', 1)");
      }
      try (PreparedStatement p = c.prepareStatement("UPDATE " + t.getId() + " SET n = n + ? WHERE name = 'a'")) {
        for (int i = 0; i < 3; i++) {
          p.setInt(1, 10);
          p.addBatch();
        }
        int[] counts = p.executeBatch();
        assertEquals(List.of(1, 1, 1), java.util.Arrays.stream(counts).boxed().toList());
      }
    }
    assertEquals("31", fx.rows(t.getId(), "SELECT n FROM " + t.getId()).get(0).get(0));
  }

  @Test
  void insertSelectFromASystemTable() throws Exception {
    TableEntity t = fx.table("from_system");
    try (Connection c = fx.connect(); Statement s = c.createStatement()) {
      assertEquals(1, s.executeUpdate("INSERT INTO " + t.getId() + " (name) SELECT id FROM synapse.projects"));
    }
    assertEquals(List.of(fx.project.getId()), fx.rows(t.getId(), "SELECT name FROM " + t.getId()).stream()
        .map(r -> r.get(0)).toList());
  }

  @Test
  void insertSelectFromAFilesContents(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    TableEntity t = fx.table("from_file");
    java.nio.file.Path csv = dir.resolve("people.csv");
    java.nio.file.Files.writeString(csv, "who,age\nann,31\nbob,42\ncid,7\n");
    String handle = fx.client.files().upload(csv, org.synapsejdbc.client.files.UploadOptions.defaults()
        .withFileName("people.csv"), org.synapsejdbc.client.files.TransferProgressListener.NONE);
    var file = fx.client.entities().create(new org.synapsejdbc.client.model.FileEntity().setName("people.csv")
        .setParentId(fx.project.getId()).setDataFileHandleId(handle));
    try (Connection c = fx.connect(); Statement s = c.createStatement()) {
      assertEquals(2, s.executeUpdate("INSERT INTO " + t.getId() + " (name, n) SELECT who, CAST(age AS BIGINT)"
          + " FROM TABLE(synapse.read_file('" + file.getId() + "')) WHERE CAST(age AS INTEGER) > 10"));
    }
    assertEquals(List.of(List.of("ann", "31"), List.of("bob", "42")), fx.rows(t.getId(),
        "SELECT name, n FROM " + t.getId() + " ORDER BY n").stream().map(r -> r.subList(0, 2)).toList());
  }
}
