package org.synapsejdbc.jdbc.error;

import java.util.Locale;
import org.synapsejdbc.calcite.error.SynapseSqlStates;

/**
 * Classifies the messages of Calcite's validator and of Synapse's 400 answers into SQLStates: Calcite reports
 * every validation failure with one exception type, so the message is the only thing that tells them apart.
 */
final class ValidatorStates {
  private ValidatorStates() {
  }

  /** The SQLState of a validator message (unknown table, column, function, type mismatch, ...). */
  static String ofValidation(String message) {
    String m = message == null ? "" : message;
    if (m.matches("(?s).*\\b(Object|Table|Schema) '.*' not found.*")) {
      return SynapseSqlStates.UNDEFINED_TABLE;
    }
    if (m.matches("(?s).*\\bColumn '.*' (not found|is ambiguous).*") || m.contains("Unknown target column")
        || m.contains("Unknown field")) {
      return SynapseSqlStates.UNDEFINED_COLUMN;
    }
    if (m.contains("No match found for function signature") || m.matches("(?s).*\\bFunction '.*' not found.*")) {
      return SynapseSqlStates.UNDEFINED_FUNCTION;
    }
    if (m.contains("Cannot apply") || m.contains("Cannot assign to target field") || m.contains("compatible types")
        || m.contains("Illegal mixing of types") || m.contains("Cast function cannot convert")
        || m.contains("Type mismatch")) {
      return SynapseSqlStates.DATATYPE_MISMATCH;
    }
    if (m.matches("(?s).*\\bNumeric literal '.*' out of range.*")) {
      return SynapseSqlStates.OUT_OF_RANGE;
    }
    if (isUnsupported(m)) {
      return SynapseSqlStates.UNSUPPORTED;
    }
    return SynapseSqlStates.SYNTAX_OR_ACCESS;
  }

  /** Whether a message says a feature is not offered. */
  static boolean isUnsupported(String message) {
    String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
    return m.contains("not supported") || m.contains("unsupported") || m.contains("not implemented");
  }

  /** The SQLState of a 400 from Synapse on the query path: a query Synapse refused, or a value it refused. */
  static String ofBadRequest(String reason) {
    String r = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
    if (r.contains("exceeds the maximum length") || r.contains("too long")) {
      return SynapseSqlStates.TOO_LONG;
    }
    if (r.contains("was not a valid") || r.contains("is not a valid")) {
      return SynapseSqlStates.INVALID_CAST;
    }
    if (r.contains("encountered") || r.contains("column") || r.contains("function") || r.contains("sql")
        || r.contains("query") || r.contains("syntax") || r.contains("select")) {
      return SynapseSqlStates.SYNTAX_OR_ACCESS;
    }
    return SynapseSqlStates.DATA;
  }
}
