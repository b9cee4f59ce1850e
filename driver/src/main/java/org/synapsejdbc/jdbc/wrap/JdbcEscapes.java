package org.synapsejdbc.jdbc.wrap;

import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import org.synapsejdbc.calcite.error.SynapseSqlStates;

/**
 * Rewrites the JDBC escapes that Calcite's parser does not know ({@code {call ...}}, {@code {oj ...}},
 * {@code {escape '...'}}, {@code {limit ...}}) into plain SQL, leaving the ones it parses itself ({@code {fn ...}},
 * {@code {d ...}}, {@code {t ...}}, {@code {ts ...}}) untouched. String literals, quoted identifiers and comments
 * are copied as they are.
 */
public final class JdbcEscapes {
  private JdbcEscapes() {
  }

  /** The SQL Calcite will see for {@code sql}; this is also what {@code Connection.nativeSQL} returns. */
  public static String rewrite(String sql) throws SQLException {
    if (sql == null || sql.indexOf('{') < 0) {
      return sql;
    }
    StringBuilder out = new StringBuilder(sql.length());
    // For each open '{': whether its closing '}' is kept (Calcite-native escape) or dropped (rewritten one).
    Deque<Boolean> keepClose = new ArrayDeque<>();
    int i = 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"') {
        int end = quotedEnd(sql, i, c);
        out.append(sql, i, end);
        i = end;
      } else if (c == '-' && sql.startsWith("--", i)) {
        int end = sql.indexOf('\n', i);
        end = end < 0 ? sql.length() : end;
        out.append(sql, i, end);
        i = end;
      } else if (c == '/' && sql.startsWith("/*", i)) {
        int end = sql.indexOf("*/", i + 2);
        end = end < 0 ? sql.length() : end + 2;
        out.append(sql, i, end);
        i = end;
      } else if (c == '{') {
        i = openEscape(sql, i, out, keepClose);
      } else if (c == '}' && !keepClose.isEmpty()) {
        if (keepClose.pop()) {
          out.append('}');
        }
        i++;
      } else {
        out.append(c);
        i++;
      }
    }
    if (!keepClose.isEmpty()) {
      throw new SQLException("Unbalanced JDBC escape: a '{' has no matching '}'", SynapseSqlStates.SYNTAX_OR_ACCESS);
    }
    return out.toString();
  }

  private static int openEscape(String sql, int brace, StringBuilder out, Deque<Boolean> keepClose)
      throws SQLException {
    int start = brace + 1;
    while (start < sql.length() && Character.isWhitespace(sql.charAt(start))) {
      start++;
    }
    int end = start;
    while (end < sql.length() && (Character.isLetter(sql.charAt(end)) || sql.charAt(end) == '?'
        || sql.charAt(end) == '=')) {
      end++;
    }
    String word = sql.substring(start, end).toLowerCase(Locale.ROOT);
    switch (word) {
      case "call":
        out.append("CALL");
        keepClose.push(false);
        return end;
      case "oj":
        keepClose.push(false);
        return end;
      case "escape":
        out.append("ESCAPE");
        keepClose.push(false);
        return end;
      case "limit":
        out.append("LIMIT");
        keepClose.push(false);
        return end;
      case "fn":
      case "d":
      case "t":
      case "ts":
        out.append('{');
        keepClose.push(true);
        return brace + 1;
      default:
        if (word.startsWith("?")) {
          throw new SQLFeatureNotSupportedException("{? = call ...} is not supported: procedures return their "
              + "results as a result set, use {call ...} or CALL ...", SynapseSqlStates.UNSUPPORTED);
        }
        // Not an escape (e.g. a brace in an array constructor): leave it to the parser.
        out.append('{');
        keepClose.push(true);
        return brace + 1;
    }
  }

  /** Index just past the closing quote; a doubled quote is an escaped quote. */
  private static int quotedEnd(String sql, int open, char quote) {
    int i = open + 1;
    while (i < sql.length()) {
      if (sql.charAt(i) == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return sql.length();
  }
}
