package org.synapsejdbc.jdbc.dml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.synapsejdbc.client.model.TableEntity;

/**
 * A batch runs every parameter set through one shared data context: each set must still write its own values,
 * exactly as the same statement executed once per set does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchParametersTest {
  private static final String INSERT = "INSERT INTO %s (name, n, score, flag, created) VALUES (?, ?, ?, ?, ?)";
  private DmlFixture fx;

  @BeforeAll
  void start() {
    fx = new DmlFixture();
  }

  @AfterAll
  void stop() {
    fx.close();
  }

  private static void bind(PreparedStatement p, int i) throws SQLException {
    if (i % 4 == 3) {
      p.setNull(1, Types.VARCHAR);
    } else {
      p.setString(1, "row \"" + i + "\" é");
    }
    p.setInt(2, i);
    if (i % 4 == 1) {
      p.setNull(3, Types.DOUBLE);
    } else {
      p.setDouble(3, i / 8.0);
    }
    p.setBoolean(4, i % 2 == 0);
    p.setTimestamp(5, new Timestamp(1_700_000_000_000L + i * 86_400_123L));
  }

  @Test
  void eachParameterSetWritesItsOwnValuesAsSingleExecutionsDo() throws Exception {
    TableEntity batched = fx.table("batched");
    TableEntity single = fx.table("single");
    int rows = 9;
    long tx = fx.transactions();
    try (Connection c = fx.connect()) {
      try (PreparedStatement p = c.prepareStatement(String.format(INSERT, batched.getId()))) {
        for (int i = 0; i < rows; i++) {
          bind(p, i);
          p.addBatch();
        }
        assertArrayEquals(new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1}, p.executeBatch());
      }
      assertEquals(1, fx.transactions() - tx, "one batch, one change set");
      try (PreparedStatement p = c.prepareStatement(String.format(INSERT, single.getId()))) {
        for (int i = 0; i < rows; i++) {
          bind(p, i);
          assertEquals(1, p.executeUpdate());
        }
      }
    }
    String select = "SELECT name, n, score, flag, created FROM %s ORDER BY n";
    List<List<String>> expected = withoutRowIds(fx.rows(single.getId(), String.format(select, single.getId())));
    List<List<String>> actual = withoutRowIds(fx.rows(batched.getId(), String.format(select, batched.getId())));
    assertEquals(rows, actual.size());
    assertEquals(expected, actual);
    assertEquals("8", actual.get(8).get(1));
  }

  @Test
  void aValueRefusedInTheMiddleOfTheBatchStopsItBeforeAnythingIsSent() throws Exception {
    TableEntity t = fx.table("refused");
    long tx = fx.transactions();
    try (Connection c = fx.connect();
         PreparedStatement p = c.prepareStatement(String.format(INSERT, t.getId()))) {
      for (int i = 0; i < 5; i++) {
        bind(p, i);
        if (i == 3) {
          p.setString(1, "y".repeat(21));
        }
        p.addBatch();
      }
      BatchUpdateException e = assertThrows(BatchUpdateException.class, p::executeBatch);
      assertEquals("22001", e.getSQLState(), e.toString());
    }
    assertEquals(tx, fx.transactions());
  }

  private static List<List<String>> withoutRowIds(List<List<String>> rows) {
    return rows.stream().map(r -> r.subList(0, r.size() - 2)).toList();
  }
}
