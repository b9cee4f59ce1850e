package org.synapsejdbc.jdbc.wrap;

import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import org.synapsejdbc.calcite.error.SynapseSqlStates;

/**
 * Refuses, from its text and before Calcite sees it, a statement kind that no Synapse connection can run.
 *
 * <p>MERGE is refused here rather than after planning because Calcite's conversion of some MERGE forms (a target
 * named by project/path with {@code WHEN NOT MATCHED THEN INSERT}) fails on its own, with an internal error, before
 * the adapter learns the target; every table of a Synapse connection is a Synapse table, so no MERGE can succeed.
 */
final class UnsupportedStatements {
  private UnsupportedStatements() {
  }

  static void check(String sql) throws SQLException {
    if ("MERGE".equals(firstWord(sql))) {
      throw new SQLFeatureNotSupportedException("MERGE is not supported: Synapse tables have no primary key to match"
          + " rows on. Use UPDATE ... WHERE for the rows that exist and INSERT for the new ones (several statements"
          + " can go in one JDBC batch)", SynapseSqlStates.UNSUPPORTED);
    }
  }

  /** The first word of the statement in upper case, after white space and comments; "" if there is none. */
  static String firstWord(String sql) {
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (sql.startsWith("--", i)) {
        int eol = sql.indexOf('\n', i);
        i = eol < 0 ? n : eol + 1;
      } else if (sql.startsWith("/*", i)) {
        int end = sql.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else {
        break;
      }
    }
    int start = i;
    while (i < n && Character.isLetter(sql.charAt(i))) {
      i++;
    }
    return sql.substring(start, i).toUpperCase(Locale.ROOT);
  }
}
