package org.synapsejdbc.examples;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a running step prints (indented, also kept for the report) and the values it records for later steps. */
public final class StepOutput {
  private final PrintStream out;
  private final List<String> lines = new ArrayList<>();
  private final Map<String, Object> values = new LinkedHashMap<>();

  StepOutput(PrintStream out) {
    this.out = out;
  }

  /** Prints one line of the step's result. */
  public void line(String text) {
    lines.add(text);
    out.println("   " + text);
  }

  /**
   * Prints the SQL the step runs, its {@code ?} parameters shown as SQL literals, so a reader can repeat it in any
   * SQL client.
   */
  public void sql(String sql, Object... parameters) {
    line("SQL> " + Sql.inline(sql, parameters));
  }

  /** Prints the statement, then runs it and returns its rows. */
  public List<Row> query(Connection connection, String sql, Object... parameters) throws SQLException {
    sql(sql, parameters);
    return Sql.rows(connection, sql, parameters);
  }

  /** Prints the statement, then runs it; it must return exactly one row. */
  public Row queryOne(Connection connection, String sql, Object... parameters) throws SQLException {
    sql(sql, parameters);
    return Sql.one(connection, sql, parameters);
  }

  /** Prints the statement, then runs it and returns its update count. */
  public int update(Connection connection, String sql, Object... parameters) throws SQLException {
    sql(sql, parameters);
    return Sql.update(connection, sql, parameters);
  }

  /** Prints rows as a table (at most {@code maxRows}). */
  public void table(List<Row> rows, int maxRows) {
    TextTable.format(rows, maxRows).forEach(this::line);
  }

  /** Records a value for the report and for later steps. */
  public void value(String key, Object value) {
    values.put(key, value);
  }

  List<String> lines() {
    return List.copyOf(lines);
  }

  Map<String, Object> values() {
    return values;
  }
}
