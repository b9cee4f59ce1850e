package org.synapsejdbc.jdbc.dml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.synapsejdbc.client.model.TableEntity;

/**
 * Values written into INTEGER, DOUBLE and BOOLEAN columns, as literals and as parameters: numeric text is an
 * implicit cast, whole numbers fit an INTEGER; text that is not a number (22018), fractions into an INTEGER (22018)
 * and numbers beyond the column's range (22003) are refused before anything is sent. Checked over REST.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NumericValuesTest {
  private DmlFixture fx;
  private TableEntity table;

  @BeforeAll
  void start() {
    fx = new DmlFixture();
    table = fx.table("numbers");
  }

  @AfterAll
  void stop() {
    fx.close();
  }

  private List<List<String>> rows(String name) {
    return fx.rows(table.getId(), "SELECT n, score, flag FROM " + table.getId() + " WHERE name = '" + name + "'")
        .stream().map(r -> r.subList(0, 3)).toList();
  }

  @Test
  void numericTextIsAcceptedAsAnImplicitCast() throws Exception {
    try (Connection c = fx.connect(); Statement s = c.createStatement()) {
      assertEquals(1, s.executeUpdate("INSERT INTO " + table.getId() + " (name, n, score, flag) VALUES ('lit', '42',"
          + " '4.5', 'true')"));
      assertEquals(1, s.executeUpdate("INSERT INTO " + table.getId() + " (name, n, score) VALUES ('whole', 7.0,"
          + " -2.5E3)"));
    }
    try (Connection c = fx.connect(); PreparedStatement p = c.prepareStatement("INSERT INTO " + table.getId()
        + " (name, n, score, flag) VALUES (?, ?, ?, ?)")) {
      p.setString(1, "param");
      p.setString(2, " 43 ");
      p.setString(3, "1e-3");
      p.setString(4, "FALSE");
      assertEquals(1, p.executeUpdate());
      p.setString(1, "typed");
      p.setBigDecimal(2, new BigDecimal("44.000"));
      p.setInt(3, 3);
      p.setBoolean(4, true);
      assertEquals(1, p.executeUpdate());
      p.setString(1, "nulls");
      p.setNull(2, Types.BIGINT);
      p.setString(3, "NaN");
      p.setNull(4, Types.BOOLEAN);
      assertEquals(1, p.executeUpdate());
    }
    try (Connection c = fx.connect(); PreparedStatement p = c.prepareStatement("INSERT INTO " + table.getId()
        + " (name, n) VALUES (?, ?), ('rows', 5)")) {
      p.setString(1, "rows");
      p.setString(2, "6");
      assertEquals(2, p.executeUpdate());
    }
    assertEquals(List.of(List.of("42", "4.5", "true")), rows("lit"));
    assertEquals(List.of("5", "6"), rows("rows").stream().map(r -> r.get(0)).sorted().toList());
    assertEquals(List.of(Arrays.asList("7", "-2500.0", null)), rows("whole"));
    assertEquals(List.of(List.of("43", "0.001", "false")), rows("param"));
    assertEquals(List.of(List.of("44", "3.0", "true")), rows("typed"));
    assertEquals(List.of(Arrays.asList(null, "NaN", null)), rows("nulls"));
  }

  @Test
  void anUpdateConvertsItsParametersToo() throws Exception {
    try (Connection c = fx.connect(); Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO " + table.getId() + " (name, n) VALUES ('upd', 1)");
    }
    try (Connection c = fx.connect(); PreparedStatement p = c.prepareStatement("UPDATE " + table.getId()
        + " SET n = ?, score = ? WHERE name = ?")) {
      p.setString(1, "100");
      p.setDouble(2, 0.25);
      p.setString(3, "upd");
      assertEquals(1, p.executeUpdate());
      p.setString(1, "ten");
      p.setDouble(2, 1);
      SQLException e = assertThrows(SQLException.class, p::executeUpdate);
      assertEquals("22018", e.getSQLState(), e.getMessage());
      assertTrue(e.getMessage().contains("'ten'") && e.getMessage().contains("column n (INTEGER)"), e.getMessage());
    }
    assertEquals(List.of(List.of("100", "0.25")), rows("upd").stream().map(r -> r.subList(0, 2)).toList());
  }

  @Test
  void badValuesAreRefusedWithTheirSqlStateAndNothingIsSent() throws Exception {
    long before = fx.transactions();
    try (Connection c = fx.connect(); Statement s = c.createStatement()) {
      SQLException text = assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO " + table.getId()
          + " (name, n) VALUES ('bad', 'abc')"));
      assertEquals("22018", text.getSQLState(), text.getMessage());
      assertInstanceOf(SQLDataException.class, text);
      assertTrue(text.getMessage().contains("'abc'") && text.getMessage().contains("column n (INTEGER)")
          && text.getMessage().contains("not a number"), text.getMessage());
      SQLException fraction = assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO "
          + table.getId() + " (name, n) VALUES ('bad', 1.5)"));
      assertEquals("22018", fraction.getSQLState(), fraction.getMessage());
      assertTrue(fraction.getMessage().contains("not a whole number"), fraction.getMessage());
      SQLException flag = assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE " + table.getId()
          + " SET flag = 'yes' WHERE name = 'lit'"));
      assertEquals("22018", flag.getSQLState(), flag.getMessage());
      assertTrue(flag.getMessage().contains("column flag (BOOLEAN)"), flag.getMessage());
    }
    try (Connection c = fx.connect(); PreparedStatement p = c.prepareStatement("INSERT INTO " + table.getId()
        + " (name, n, score) VALUES ('bad', ?, ?)")) {
      p.setDouble(1, 1.5E300);
      p.setDouble(2, 1);
      SQLException range = assertThrows(SQLException.class, p::executeUpdate);
      assertEquals("22003", range.getSQLState(), range.getMessage());
      assertTrue(range.getMessage().contains("1.5E300") && range.getMessage().contains("out of range"),
          range.getMessage());
      p.setLong(1, Long.MAX_VALUE);
      p.setBigDecimal(2, new BigDecimal("1E400"));
      assertEquals("22003", assertThrows(SQLException.class, p::executeUpdate).getSQLState());
      p.setString(1, "12abc");
      p.setDouble(2, 1);
      assertEquals("22018", assertThrows(SQLException.class, p::executeUpdate).getSQLState());
      p.setDouble(1, Double.NaN);
      assertEquals("22018", assertThrows(SQLException.class, p::executeUpdate).getSQLState());
    }
    assertEquals(0, fx.transactions() - before, "a refused value sent a transaction");
    assertEquals(List.of(), rows("bad"));
  }

  @Test
  void aBadValueInABatchFailsTheBatchBeforeAnythingIsSent() throws Exception {
    long before = fx.transactions();
    try (Connection c = fx.connect(); PreparedStatement p = c.prepareStatement("INSERT INTO " + table.getId()
        + " (name, n) VALUES ('batch', ?)")) {
      p.setString(1, "1");
      p.addBatch();
      p.setString(1, "two");
      p.addBatch();
      BatchUpdateException e = assertThrows(BatchUpdateException.class, p::executeBatch);
      assertEquals("22018", e.getSQLState(), e.getMessage());
      assertArrayEquals(new int[0], e.getUpdateCounts());
    }
    assertEquals(0, fx.transactions() - before);
    assertEquals(List.of(), rows("batch"));
  }
}
