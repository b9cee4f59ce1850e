package org.synapsejdbc.calcite.function;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The layout of a delimited text file guessed from its first lines: the delimiter (tab, comma, semicolon or bar:
 * the one that splits every sampled line into the same number of fields, preferring more fields) and whether the
 * first line is a header (no numeric field in it while some later line has one, or a later line's fields are all
 * different from it; a single line counts as data).
 */
record TextLayout(char delimiter, boolean header, List<String> columnNames) {
  private static final char[] CANDIDATES = {'\t', ',', ';', '|'};
  private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?|NaN|-?Inf(inity)?");

  static TextLayout sniff(List<String> lines) {
    char best = ',';
    int bestFields = 1;
    for (char c : CANDIDATES) {
      int fields = -1;
      boolean consistent = true;
      for (String line : lines) {
        int n = split(line, c).size();
        if (fields == -1) {
          fields = n;
        } else if (n != fields) {
          consistent = false;
          break;
        }
      }
      if (consistent && fields > bestFields) {
        best = c;
        bestFields = fields;
      }
    }
    List<String> first = lines.isEmpty() ? List.of() : split(lines.get(0), best);
    boolean header = lines.size() > 1 && looksLikeHeader(first, lines.subList(1, lines.size()), best);
    List<String> names = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < Math.max(first.size(), 1); i++) {
      String name = header && !first.get(i).isBlank() ? first.get(i).strip() : "c" + (i + 1);
      String unique = name;
      for (int k = 2; !seen.add(unique.toLowerCase()); k++) {
        unique = name + "_" + k;
      }
      names.add(unique);
    }
    return new TextLayout(best, header, names);
  }

  private static boolean looksLikeHeader(List<String> first, List<String> rest, char delimiter) {
    for (String f : first) {
      if (NUMBER.matcher(f.strip()).matches()) {
        return false;
      }
    }
    for (String line : rest) {
      for (String f : split(line, delimiter)) {
        if (NUMBER.matcher(f.strip()).matches()) {
          return true;
        }
      }
    }
    // All text: a header if its values do not recur below it.
    for (String line : rest) {
      List<String> fields = split(line, delimiter);
      for (int i = 0; i < Math.min(fields.size(), first.size()); i++) {
        if (fields.get(i).equals(first.get(i))) {
          return false;
        }
      }
    }
    return true;
  }

  /** Splits one line at the delimiter, honouring double quotes (a doubled quote is a quote). */
  static List<String> split(String line, char delimiter) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == delimiter) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(ch);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
