package org.synapsejdbc.jdbc.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What an application does with the driver's promise for writes: each row carries a unique key; when an INSERT
 * fails with 08S01 (outcome unknown: the driver never re-sends a write that may have been applied), the writer looks
 * the key up and inserts again only if the row is absent.
 */
final class KeyedInserter {
  final AtomicInteger ambiguous = new AtomicInteger();
  final AtomicInteger foundApplied = new AtomicInteger();
  final AtomicInteger reinserted = new AtomicInteger();

  /** Inserts rows {@code prefix-0 .. prefix-(count-1)} into {@code table (k, writer)}; returns how many. */
  int insert(Connection c, String table, String prefix, int writer, int count) throws SQLException {
    int done = 0;
    try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " (k, writer) VALUES (?, ?)");
         PreparedStatement check = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE k = ?")) {
      for (int i = 0; i < count; i++) {
        String key = prefix + "-" + i;
        for (int attempt = 0; ; attempt++) {
          try {
            insert.setString(1, key);
            insert.setInt(2, writer);
            assertEquals(1, insert.executeUpdate());
            break;
          } catch (SQLException e) {
            assertEquals("08S01", e.getSQLState(), e.getMessage());
            assertTrue(attempt < 10, "row " + key + " failed 10 times: " + e.getMessage());
            ambiguous.incrementAndGet();
            check.setString(1, key);
            try (ResultSet rs = check.executeQuery()) {
              rs.next();
              long present = rs.getLong(1);
              assertTrue(present <= 1, "duplicate row " + key);
              if (present == 1) {
                foundApplied.incrementAndGet();
                break;
              }
              reinserted.incrementAndGet();
            }
          }
        }
        done++;
      }
    }
    return done;
  }
}
