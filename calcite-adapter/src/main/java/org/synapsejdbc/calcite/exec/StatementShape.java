package org.synapsejdbc.calcite.exec;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The clauses a generated Synapse statement contains, read from its words outside quoted names and string
 * literals. The executor uses it to recognise an unfiltered scan (no WHERE, GROUP BY, LIMIT, DISTINCT), the only
 * shape that may be downloaded as CSV instead of paged.
 */
final class StatementShape {
  private final Set<String> keywords;

  private StatementShape(Set<String> keywords) {
    this.keywords = keywords;
  }

  static StatementShape of(String sql) {
    Set<String> words = new HashSet<>();
    StringBuilder word = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          // A doubled quote is an escaped quote inside the same name or literal.
          if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
            i++;
          } else {
            quote = 0;
          }
        }
        continue;
      }
      if (c == '"' || c == '\'' || c == '`') {
        flush(word, words);
        quote = c;
      } else if (Character.isLetterOrDigit(c) || c == '_') {
        word.append(c);
      } else {
        flush(word, words);
      }
    }
    flush(word, words);
    return new StatementShape(words);
  }

  private static void flush(StringBuilder word, Set<String> words) {
    if (word.length() > 0) {
      words.add(word.toString().toUpperCase(Locale.ROOT));
      word.setLength(0);
    }
  }

  boolean has(String keyword) {
    return keywords.contains(keyword);
  }

  /** Every row of the table, perhaps projected or ordered, nothing filtered, grouped or cut. */
  boolean isPlainScan() {
    return !has("WHERE") && !has("GROUP") && !has("LIMIT") && !has("DISTINCT") && !has("HAVING");
  }
}
