package org.synapsejdbc.jdbc;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.calcite.runtime.Hook;

/**
 * The program {@link UnicodeLiteralsTest} runs in a fresh JVM, as a user's application would: loads the driver
 * through {@link DriverManager} (token from {@code SYNAPSE_AUTH_TOKEN}), runs statements with non-Latin-1 literals
 * and parameters, and prints {@code key=value} lines, values escaped as {@code \\uXXXX} so the console encoding
 * cannot alter them. Modes: {@code roundtrip URL TABLE_ID}, {@code literal URL}, {@code calcite-first URL}.
 */
public final class UnicodeScenario {
  private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.US_ASCII);

  private UnicodeScenario() {
  }

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    if (mode.equals("calcite-first")) {
      // An application that used Calcite before loading the driver.
      print("calciteFirst", org.apache.calcite.util.Util.getDefaultCharset().name());
    }
    try (Connection c = DriverManager.getConnection(args[1])) {
      print("charset", org.apache.calcite.config.CalciteSystemProperty.DEFAULT_CHARSET.value());
      print("property", String.valueOf(System.getProperty(CalciteCharsets.CHARSET)));
      if (mode.equals("roundtrip")) {
        roundTrip(c, args[2]);
      } else {
        literal(c);
      }
    }
  }

  private static void literal(Connection c) {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 'Ω ✓ 😀' AS x")) {
      rs.next();
      print("literal", rs.getString(1));
    } catch (SQLException e) {
      print("literalError", e.getSQLState() + " " + e.getMessage());
    }
  }

  private static void roundTrip(Connection c, String table) throws SQLException {
    List<String> planned = new CopyOnWriteArrayList<>();
    try (Hook.Closeable hook = Hook.QUERY_PLAN.addThread(
        (java.util.function.Consumer<Object>) sql -> planned.add(String.valueOf(sql)));
         Statement s = c.createStatement()) {
      print("inserted", String.valueOf(s.executeUpdate("INSERT INTO " + table + " (name, n) VALUES "
          + "('Zürich ✓ 日本語', 1), ('Ω', 2), ('emoji 😀', 3)")));
      try (PreparedStatement p = c.prepareStatement("INSERT INTO " + table + " (name, n) VALUES (?, ?)")) {
        p.setString(1, "clef 𝄞 Ελληνικά");
        p.setInt(2, 4);
        print("insertedParam", String.valueOf(p.executeUpdate()));
      }
      planned.clear();
      print("whereLiteral", single(s, "SELECT n FROM " + table + " WHERE name = 'Zürich ✓ 日本語'"));
      print("plannedWhere", String.join(" | ", planned));
      print("whereEmoji", single(s, "SELECT n FROM " + table + " WHERE name = 'emoji 😀'"));
      try (PreparedStatement p = c.prepareStatement("SELECT n FROM " + table + " WHERE name = ?")) {
        p.setString(1, "clef 𝄞 Ελληνικά");
        try (ResultSet rs = p.executeQuery()) {
          print("whereParam", rs.next() ? rs.getString(1) : "none");
        }
      }
      print("updatedLiteral", String.valueOf(s.executeUpdate("UPDATE " + table + " SET name = 'Ωmega 🚀' "
          + "WHERE name = 'Ω'")));
      try (PreparedStatement p = c.prepareStatement("UPDATE " + table + " SET name = ? WHERE name = ?")) {
        p.setString(1, "naïve 𝄞");
        p.setString(2, "emoji 😀");
        print("updatedParam", String.valueOf(p.executeUpdate()));
      }
      try (ResultSet rs = s.executeQuery("SELECT n, name FROM " + table + " ORDER BY n")) {
        StringBuilder rows = new StringBuilder();
        while (rs.next()) {
          rows.append(rs.getInt(1)).append(':').append(rs.getString(2)).append(';');
        }
        print("rows", rows.toString());
      }
    }
  }

  private static String single(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      StringBuilder values = new StringBuilder();
      while (rs.next()) {
        values.append(values.length() == 0 ? "" : ",").append(rs.getString(1));
      }
      return values.toString();
    }
  }

  private static void print(String key, String value) {
    OUT.println(key + "=" + escape(value));
  }

  /** Non-ASCII and control characters as {@code \\uXXXX} (UTF-16 units), so the output is pure ASCII. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder();
    for (char ch : s.toCharArray()) {
      if (ch < 0x20 || ch > 0x7e || ch == '\\') {
        b.append(String.format("\\u%04x", (int) ch));
      } else {
        b.append(ch);
      }
    }
    return b.toString();
  }
}
