package org.synapsejdbc.examples;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plain-JDBC helpers of the examples: run a statement with {@code ?} parameters and read its rows. */
public final class Sql {
  private Sql() {
  }

  /** Runs a query (or a CALL) with parameters and returns all its rows. */
  public static List<Row> rows(Connection connection, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = statement.executeQuery()) {
        return read(rs);
      }
    }
  }

  /** Runs a query (or a CALL) that must return exactly one row. */
  public static Row one(Connection connection, String sql, Object... parameters) throws SQLException {
    List<Row> rows = rows(connection, sql, parameters);
    if (rows.size() != 1) {
      throw new IllegalStateException("Expected one row, got " + rows.size() + " from: " + sql);
    }
    return rows.get(0);
  }

  /** Runs an INSERT, UPDATE or DELETE with parameters and returns the update count. */
  public static int update(Connection connection, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    }
  }

  /** All rows of a result set; SQL arrays become Java lists. */
  public static List<Row> read(ResultSet rs) throws SQLException {
    ResultSetMetaData meta = rs.getMetaData();
    List<Row> rows = new ArrayList<>();
    while (rs.next()) {
      Map<String, Object> values = new LinkedHashMap<>();
      for (int c = 1; c <= meta.getColumnCount(); c++) {
        Object v = rs.getObject(c);
        if (v instanceof Array a) {
          v = Arrays.asList((Object[]) a.getArray());
        }
        values.put(meta.getColumnLabel(c), v);
      }
      rows.add(new Row(values));
    }
    return rows;
  }

  /**
   * A Synapse id as an SQL string literal, for the places where SQL takes no {@code ?} (table function
   * arguments, table names); refuses anything that is not an id, so nothing else can reach the SQL text.
   */
  public static String idLiteral(String id) {
    return "'" + checkedId(id) + "'";
  }

  /** The id itself when it is a Synapse id ({@code syn123} or {@code syn123.4}). */
  public static String checkedId(String id) {
    if (id == null || !id.matches("syn[0-9]+(\\.[0-9]+)?")) {
      throw new IllegalArgumentException("Not a Synapse id: " + id);
    }
    return id;
  }

  /** A value as an SQL literal: NULL, a number or boolean as is, anything else as a quoted string. */
  public static String literal(Object value) {
    if (value == null) {
      return "NULL";
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    return "'" + value.toString().replace("'", "''") + "'";
  }

  /** The statement with each {@code ?} replaced by its parameter as a literal (for display only). */
  public static String inline(String sql, Object... parameters) {
    StringBuilder b = new StringBuilder();
    int next = 0;
    boolean quoted = false;
    for (char ch : sql.toCharArray()) {
      if (ch == '\'' ) {
        quoted = !quoted;
      }
      if (ch == '?' && !quoted && next < parameters.length) {
        b.append(literal(parameters[next++]));
      } else {
        b.append(ch);
      }
    }
    return b.toString();
  }

  /** Only the named columns of a row, in that order (to print the interesting part of a wide result). */
  public static Row pick(Row row, String... labels) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (String label : labels) {
      values.put(label, row.get(label));
    }
    return new Row(values);
  }

  /** A name as a double-quoted SQL identifier. */
  public static String quoted(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }
}
