package org.synapsejdbc.jdbc.error;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.synapsejdbc.calcite.error.SynapseSqlStates;
import org.synapsejdbc.jdbc.error.ErrorTranslator.Classified;

/**
 * Turns Calcite parser messages into short ones: the list of expected tokens is cut when long (it can run to
 * 200 lines), and statements the driver does not offer (DDL, GRANT) are reported as unsupported, not as typos.
 */
final class ParseErrors {
  private static final String EXPECTING = "Was expecting one of:";
  private static final int MAX_EXPECTED = 8;
  private static final Pattern UNSUPPORTED_START = Pattern.compile(
      "near the keyword '(CREATE|DROP|GRANT|REVOKE|TRUNCATE|COMMENT|RENAME)' at line 1, column 1\\b",
      Pattern.CASE_INSENSITIVE);

  private ParseErrors() {
  }

  static Classified classify(String message, Throwable source) {
    String m = message == null ? "" : message;
    Matcher ddl = UNSUPPORTED_START.matcher(m);
    if (ddl.find()) {
      String keyword = ddl.group(1).toUpperCase(Locale.ROOT);
      return new Classified(SynapseSqlStates.UNSUPPORTED, keyword + " statements are not supported: create and delete "
          + "Synapse projects, folders and tables with CALL create_project/create_folder/create_table/"
          + "delete_entity, and manage sharing on synapse.org", source);
    }
    return new Classified(SynapseSqlStates.SYNTAX, "SQL syntax error: " + shorten(m), source);
  }

  /** The message with its list of expected tokens, or only its first entries when the list is long. */
  static String shorten(String message) {
    int at = message.indexOf(EXPECTING);
    if (at < 0) {
      return message;
    }
    String head = message.substring(0, at).strip();
    String[] expected = message.substring(at + EXPECTING.length()).strip().split("\\s*\\.\\.\\.\\s*");
    if (expected.length <= MAX_EXPECTED) {
      return head + " " + EXPECTING + " " + String.join(", ", expected);
    }
    StringBuilder b = new StringBuilder(head).append(" Was expecting one of: ");
    for (int i = 0; i < MAX_EXPECTED; i++) {
      b.append(expected[i].strip()).append(", ");
    }
    return b.append("... (").append(expected.length - MAX_EXPECTED).append(" more)").toString();
  }
}
