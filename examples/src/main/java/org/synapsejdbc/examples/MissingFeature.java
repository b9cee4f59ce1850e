package org.synapsejdbc.examples;

import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the errors that mean "the driver has no such feature" (an unknown system table, table function or
 * procedure, a statement kind it cannot run), as opposed to a step that ran and failed.
 */
final class MissingFeature {
  private record Rule(Pattern pattern, String feature) {
  }

  private static final List<Rule> RULES = List.of(
      new Rule(Pattern.compile("Object '(syn[0-9.]+)' not found"), "tables named by Synapse id (here %s)"),
      new Rule(Pattern.compile("Object '([^']+)' not found\\s*$"), "project schemas (here '%s')"),
      new Rule(Pattern.compile("Object '(\\w+)' not found within 'synapse'"), "system table synapse.%s"),
      new Rule(Pattern.compile("Table 'synapse\\.(\\w+)' not found"), "system table synapse.%s"),
      new Rule(Pattern.compile("No match found for function signature (\\w+)\\("), "table function synapse.%s"),
      new Rule(Pattern.compile("No procedure named (\\w+)"), "procedure %s"),
      new Rule(Pattern.compile("No procedure [\\w.]*\\.(\\w+)"), "procedure %s"),
      new Rule(Pattern.compile("(?i)(UPDATE|INSERT|DELETE)\\b[^\\n]*not (?:yet )?supported"), "%s statements"),
      new Rule(Pattern.compile("(?i)Table '[^']*' is not modifiable"), "UPDATE on views"),
      new Rule(Pattern.compile("(?i)Modifiable.*not (?:implemented|supported)"), "UPDATE on views"));

  private MissingFeature() {
  }

  /** The feature whose absence caused {@code error}, if that is what it says. */
  static Optional<String> of(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof SQLFeatureNotSupportedException) {
        return Optional.of("a JDBC feature: " + firstLine(t.getMessage()));
      }
      String message = t.getMessage();
      if (message == null) {
        continue;
      }
      for (Rule rule : RULES) {
        Matcher m = rule.pattern().matcher(message);
        if (m.find()) {
          return Optional.of(m.groupCount() == 0 ? rule.feature() : String.format(rule.feature(), m.group(1)));
        }
      }
      if (t instanceof SQLException s && "0A000".equals(s.getSQLState())) {
        return Optional.of(firstLine(message));
      }
    }
    return Optional.empty();
  }

  /** The first line of a message (Calcite's messages repeat the whole statement and a stack of causes). */
  static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
