package org.synapsejdbc.examples;

import java.util.ArrayList;
import java.util.List;

/** Formats rows as a small aligned text table for the tutorial's output. */
public final class TextTable {
  private static final int MAX_WIDTH = 42;

  private TextTable() {
  }

  /** The rows as lines: a header, a rule, at most {@code maxRows} rows and a note on how many were left out. */
  public static List<String> format(List<Row> rows, int maxRows) {
    List<String> lines = new ArrayList<>();
    if (rows.isEmpty()) {
      lines.add("(no rows)");
      return lines;
    }
    List<String> labels = rows.get(0).labels();
    int shown = Math.min(rows.size(), maxRows);
    int[] widths = new int[labels.size()];
    for (int c = 0; c < labels.size(); c++) {
      widths[c] = labels.get(c).length();
      for (int r = 0; r < shown; r++) {
        widths[c] = Math.max(widths[c], cell(rows.get(r).get(labels.get(c))).length());
      }
    }
    lines.add(line(labels, widths));
    StringBuilder rule = new StringBuilder();
    for (int c = 0; c < widths.length; c++) {
      rule.append(c == 0 ? "" : "-+-").append("-".repeat(widths[c]));
    }
    lines.add(rule.toString());
    for (int r = 0; r < shown; r++) {
      List<String> cells = new ArrayList<>();
      for (String label : labels) {
        cells.add(cell(rows.get(r).get(label)));
      }
      lines.add(line(cells, widths));
    }
    if (rows.size() > shown) {
      lines.add("... " + (rows.size() - shown) + " more row" + (rows.size() - shown == 1 ? "" : "s"));
    }
    return lines;
  }

  private static String line(List<String> cells, int[] widths) {
    StringBuilder b = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      b.append(c == 0 ? "" : " | ").append(String.format("%-" + widths[c] + "s", cells.get(c)));
    }
    return b.toString().stripTrailing();
  }

  static String cell(Object value) {
    String s = value == null ? "NULL" : value.toString();
    return s.length() <= MAX_WIDTH ? s : s.substring(0, MAX_WIDTH - 3) + "...";
  }
}
