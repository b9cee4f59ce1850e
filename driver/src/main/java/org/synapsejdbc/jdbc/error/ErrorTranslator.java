package org.synapsejdbc.jdbc.error;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTimeoutException;
import java.time.DateTimeException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.calcite.avatica.AvaticaClientRuntimeException;
import org.apache.calcite.avatica.AvaticaSqlException;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.validate.SqlValidatorException;
import org.synapsejdbc.calcite.error.SynapseSqlStates;
import org.synapsejdbc.calcite.exec.QueryTimeoutException;
import org.synapsejdbc.calcite.procedure.ProcedureException;
import org.synapsejdbc.client.error.SynapseException;
import org.synapsejdbc.client.error.SynapseThrottledException;
import org.synapsejdbc.client.error.SynapseTransportException;
import org.synapsejdbc.client.error.SynapseUnavailableException;

/**
 * The one place where failures leaving the driver (through Avatica, Calcite's parser, validator and generated
 * code, the Synapse client) become {@link SQLException}s with an SQLState and a message a user can act on.
 */
public final class ErrorTranslator {
  private static final String AVATICA_PREFIX = "Error while executing SQL \"";
  private static final int MAX_DEPTH = 32;

  private ErrorTranslator() {
  }

  /**
   * What a JDBC method should throw instead of {@code failure}: an SQLException that already has an SQLState is
   * kept (Avatica's as the JDBC subclass of its state); anything else, including the Errors Calcite raises on
   * inputs it does not handle, is classified by its cause chain. Only the JVM's own failures (out of memory,
   * internal errors) are passed through.
   */
  public static Throwable translate(Throwable failure) {
    if (EngineErrors.passesThrough(failure) || failure instanceof BatchUpdateException) {
      return failure;
    }
    return toSqlException(failure);
  }

  /** The SQLException for {@code failure}, whatever it is. */
  public static SQLException toSqlException(Throwable failure) {
    if (failure instanceof AvaticaSqlException e && e.getSQLState() != null) {
      // Avatica's exception for an error raised with its state: re-created as the JDBC subclass of that state
      // (SQLDataException for 22xxx, ...), without Avatica's "Error 0 (22018) : " in front of the message.
      String message = e.getErrorMessage() != null ? e.getErrorMessage() : e.getMessage();
      return SqlExceptions.create(message, e.getSQLState(), e);
    }
    if (failure instanceof SQLException e && e.getSQLState() != null) {
      return e;
    }
    Classified c = classify(failure);
    String message = prefix(failure, c.source) + c.message;
    return SqlExceptions.create(message, c.state, failure);
  }

  /** The SQLState and message of the most telling exception in the cause chain. */
  static Classified classify(Throwable failure) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    Classified calcite = null;
    int depth = 0;
    for (Throwable t = failure; t != null && seen.put(t, true) == null && depth < MAX_DEPTH; t = t.getCause()) {
      depth++;
      Classified c = classifyOne(t);
      if (c == null) {
        continue;
      }
      if (t instanceof CalciteContextException) {
        // Its message has the position; the validator exception beneath it may still say more (e.g. Synapse).
        calcite = c;
        continue;
      }
      if (calcite != null && t instanceof SqlValidatorException) {
        return calcite;
      }
      return c;
    }
    if (calcite != null) {
      return calcite;
    }
    Classified engine = innermostError(failure);
    return engine != null ? engine : fallback(failure);
  }

  /** The innermost Error of the chain (an ExceptionInInitializerError wraps what its initializer threw). */
  private static Classified innermostError(Throwable failure) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    Classified found = null;
    int depth = 0;
    for (Throwable t = failure; t != null && seen.put(t, true) == null && depth < MAX_DEPTH; t = t.getCause()) {
      depth++;
      Classified c = EngineErrors.classify(t);
      found = c != null ? c : found;
    }
    return found;
  }

  private static Classified classifyOne(Throwable t) {
    if (t instanceof SynapseException e) {
      return synapse(e, t);
    }
    if (t instanceof ProcedureException e) {
      return new Classified(e.sqlState(), e.getMessage(), t);
    }
    if (t instanceof AvaticaClientRuntimeException e && e.getSqlState() != null) {
      return new Classified(e.getSqlState(), e.getMessage(), t);
    }
    if (t instanceof SQLException e && e.getSQLState() != null) {
      return new Classified(e.getSQLState(), e.getMessage(), t);
    }
    if (t instanceof SQLFeatureNotSupportedException) {
      // Avatica raises these without a state or message.
      return new Classified(SynapseSqlStates.UNSUPPORTED, t.getMessage() != null ? t.getMessage()
          : "This JDBC operation is not supported by the Synapse driver", t);
    }
    if (t instanceof SQLTimeoutException) {
      return new Classified(SynapseSqlStates.TIMEOUT, t.getMessage() != null ? t.getMessage() : "Timed out", t);
    }
    if (t instanceof QueryTimeoutException || t instanceof org.apache.calcite.jdbc.SqlTimeoutException) {
      String message = t.getMessage() != null ? t.getMessage() : "Query timed out";
      return new Classified(SynapseSqlStates.TIMEOUT,
          message + " (Statement.setQueryTimeout / queryTimeout property)", t);
    }
    if (t instanceof SqlParseException) {
      return ParseErrors.classify(t.getMessage(), t);
    }
    if (t instanceof CalciteContextException || t instanceof SqlValidatorException) {
      return new Classified(ValidatorStates.ofValidation(t.getMessage()), t.getMessage(), t);
    }
    if (t instanceof NumberFormatException) {
      return new Classified(SynapseSqlStates.INVALID_CAST, "Not a number: " + t.getMessage(), t);
    }
    if (t instanceof ArithmeticException) {
      String m = String.valueOf(t.getMessage());
      return new Classified(m.contains("zero") ? SynapseSqlStates.DIVISION_BY_ZERO : SynapseSqlStates.OUT_OF_RANGE,
          "Arithmetic error: " + m, t);
    }
    if (t instanceof DateTimeException) {
      return new Classified(SynapseSqlStates.INVALID_DATETIME, "Invalid date or time: " + t.getMessage(), t);
    }
    if (t instanceof UnsupportedOperationException) {
      return new Classified(SynapseSqlStates.UNSUPPORTED, t.getMessage() == null ? "Not supported" : t.getMessage(), t);
    }
    return null;
  }

  private static Classified synapse(SynapseException e, Throwable t) {
    String state = SynapseSqlStates.of(e, ValidatorStates.ofBadRequest(e.reason()));
    String reason = SynapseSqlStates.reason(e);
    String status = e.status() > 0 ? " (HTTP " + e.status() + ")" : "";
    String message;
    if (e instanceof SynapseThrottledException || e.status() == 429) {
      message = "Synapse kept throttling the requests and the retries ran out; try again later: " + reason + status;
    } else if (e instanceof SynapseUnavailableException || e.status() >= 500) {
      message = "Synapse stayed unavailable and the retries ran out; try again later: " + reason + status;
    } else if (e instanceof SynapseTransportException) {
      message = "Could not reach Synapse: " + reason;
    } else {
      message = "Synapse refused the request: " + reason + status;
    }
    return new Classified(state, message, t);
  }

  private static Classified fallback(Throwable failure) {
    String message = failure.getMessage();
    if (message != null && message.contains("Statement canceled")) {
      return new Classified(SynapseSqlStates.CANCELLED, "Statement cancelled (Statement.cancel)", failure);
    }
    if ("Connection closed".equals(message)) {
      return new Classified(SynapseSqlStates.CONNECTION_CLOSED, "The connection is closed", failure);
    }
    if ("Statement closed".equals(message) || "ResultSet closed".equals(message)) {
      return new Classified(SynapseSqlStates.SEQUENCE, "The " + message.replace(" closed", "") + " is closed", failure);
    }
    if (ValidatorStates.isUnsupported(message)) {
      return new Classified(SynapseSqlStates.UNSUPPORTED, message, failure);
    }
    Throwable root = failure;
    for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < MAX_DEPTH; depth++) {
      root = root.getCause();
    }
    String detail = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    return new Classified(SynapseSqlStates.GENERAL, detail, failure == root ? null : root);
  }

  /** Avatica's "Error while executing SQL "...": " prefix, kept because it names the statement that failed. */
  private static String prefix(Throwable failure, Throwable source) {
    String top = failure.getMessage();
    if (source == failure || top == null || !top.startsWith(AVATICA_PREFIX)) {
      return "";
    }
    Throwable cause = failure.getCause();
    String inner = cause == null ? null : cause.getMessage();
    if (inner != null && top.endsWith(inner)) {
      return top.substring(0, top.length() - inner.length());
    }
    int end = top.indexOf("\": ");
    return end > 0 ? top.substring(0, end + 3) : "";
  }

  /** An SQLState with the message to show and the exception it came from. */
  record Classified(String state, String message, Throwable source) {
  }
}
