package org.synapsejdbc.calcite.error;

import java.util.Locale;
import org.synapsejdbc.client.error.SynapseCancelledException;
import org.synapsejdbc.client.error.SynapseChecksumException;
import org.synapsejdbc.client.error.SynapseConfigurationException;
import org.synapsejdbc.client.error.SynapseConflictException;
import org.synapsejdbc.client.error.SynapseEtagMismatchException;
import org.synapsejdbc.client.error.SynapseException;
import org.synapsejdbc.client.error.SynapseForbiddenException;
import org.synapsejdbc.client.error.SynapseJobTimeoutException;
import org.synapsejdbc.client.error.SynapseNotFoundException;
import org.synapsejdbc.client.error.SynapseThrottledException;
import org.synapsejdbc.client.error.SynapseTransportException;
import org.synapsejdbc.client.error.SynapseUnauthenticatedException;
import org.synapsejdbc.client.error.SynapseUnavailableException;

/**
 * Every SQLState the adapter and driver raise (SQL:2011 / X/Open classes), and the one mapping of Synapse client
 * failures to them, shared by procedures, DML and the driver's query path; only a plain 400 (a value or request
 * Synapse refused) depends on the caller, which passes its own fallback.
 */
public final class SynapseSqlStates {
  // Class 08: connection problems.
  /** 08001: the connection cannot be established (bad URL, property or server; e.g. plain http to a remote host). */
  public static final String CONNECTION_FAILED = "08001";
  /** 08003: the connection is closed (or was not opened by the driver). */
  public static final String CONNECTION_CLOSED = "08003";
  /** 08S01: Synapse could not be reached, or stayed unavailable or throttling after retries. */
  public static final String CONNECTION = "08S01";

  // Class 28: authorization.
  /** 28000: the token was rejected or lacks a needed scope, or the credentials could not be found or read. */
  public static final String AUTHORIZATION = "28000";

  // Class 0A: unsupported features.
  /** 0A000: a JDBC feature, statement form or operation the driver, the target or Synapse does not offer. */
  public static final String UNSUPPORTED = "0A000";

  // Class 07 and 24: dynamic SQL and cursor state.
  /** 07009: a column index that the result set metadata does not have. */
  public static final String INVALID_DESCRIPTOR_INDEX = "07009";
  /** 24000: the result set has no current row to read. */
  public static final String INVALID_CURSOR_STATE = "24000";

  // Class 22: data exceptions.
  /** 22000: a data problem (checksum mismatch, non-file entity, unreadable local file, a value Synapse refused). */
  public static final String DATA = "22000";
  /** 22001: a text value is longer than its column allows. */
  public static final String TOO_LONG = "22001";
  /** 22003: a number outside its type's or column's range. */
  public static final String OUT_OF_RANGE = "22003";
  /** 22007: a malformed date or time. */
  public static final String INVALID_DATETIME = "22007";
  /** 22012: division by zero. */
  public static final String DIVISION_BY_ZERO = "22012";
  /** 22018: a value cannot be converted to the needed type (or does not fit its column's type). */
  public static final String INVALID_CAST = "22018";
  /** 22023: an argument of a function or procedure has an invalid value (malformed id, JSON, missing local file). */
  public static final String INVALID_PARAMETER = "22023";

  // Class 40: transaction rollback (concurrent changes).
  /** 40001: the object (row or entity) changed since it was read (stale etag). */
  public static final String STALE = "40001";
  /** 40002: a name clash (an entity with that name already exists in the parent). */
  public static final String NAME_CONFLICT = "40002";

  // Class 42: syntax errors and access rule violations.
  /** 42000: the SQL is invalid in another way (validation, a query Synapse refused, an unbalanced JDBC escape). */
  public static final String SYNTAX_OR_ACCESS = "42000";
  /** 42501: the caller lacks a permission on the table, entity or local file. */
  public static final String NO_PRIVILEGE = "42501";
  /** 42601: the SQL text (or a CALL statement) does not parse. */
  public static final String SYNTAX = "42601";
  /** 42703: no column with this name. */
  public static final String UNDEFINED_COLUMN = "42703";
  /** 42704: the entity (or table or other object) does not exist, or is in the trash can. */
  public static final String NOT_FOUND = "42704";
  /** 42804: an expression has the wrong type for where it is used (values of incompatible types together). */
  public static final String DATATYPE_MISMATCH = "42804";
  /** 42883: no function or procedure with this name and argument types or count. */
  public static final String UNDEFINED_FUNCTION = "42883";
  /** 428C9: a column Synapse generates (ROW_ID, ROW_VERSION, ROW_ETAG, view object fields) cannot be written. */
  public static final String GENERATED_COLUMN = "428C9";
  /** 42P01: no table (or schema) with this name. */
  public static final String UNDEFINED_TABLE = "42P01";

  // Class 54 and 57: limits and operator intervention.
  /** 54001: the statement is too complex (nested too deeply) to process. */
  public static final String TOO_COMPLEX = "54001";
  /** 57014: the statement or operation was cancelled. */
  public static final String CANCELLED = "57014";

  // Class HY: CLI-specific conditions.
  /** HY000: a failure without a more precise class. */
  public static final String GENERAL = "HY000";
  /** HY010: the statement or result set is closed (a call out of sequence). */
  public static final String SEQUENCE = "HY010";
  /** HY092: an option or attribute value the method does not accept (e.g. autoGeneratedKeys). */
  public static final String INVALID_ATTRIBUTE = "HY092";
  /** HYT00: the statement ran past its timeout, or a wait (Synapse job, view) ran out of time. */
  public static final String TIMEOUT = "HYT00";

  private SynapseSqlStates() {
  }

  /**
   * The SQLState of {@code e}; {@code badRequest} is used for a 400 (or other unmapped 4xx) because what Synapse
   * refused there (an argument, a written value, a query) is known only to the caller.
   */
  public static String of(SynapseException e, String badRequest) {
    int status = e.status();
    if (e instanceof SynapseUnauthenticatedException || status == 401) {
      return AUTHORIZATION;
    }
    if (e instanceof SynapseForbiddenException || status == 403) {
      // Missing OAuth scopes are a property of the token, not of the entity's ACL.
      return isScopeProblem(e) ? AUTHORIZATION : NO_PRIVILEGE;
    }
    if (e instanceof SynapseNotFoundException || status == 404) {
      return NOT_FOUND;
    }
    if (e instanceof SynapseConflictException || status == 409) {
      return NAME_CONFLICT;
    }
    if (e instanceof SynapseEtagMismatchException || status == 412) {
      return STALE;
    }
    if (e instanceof SynapseChecksumException) {
      return DATA;
    }
    if (e instanceof SynapseJobTimeoutException) {
      return TIMEOUT;
    }
    if (e instanceof SynapseCancelledException) {
      return CANCELLED;
    }
    if (e instanceof SynapseConfigurationException) {
      return CONNECTION_FAILED;
    }
    if (e instanceof SynapseThrottledException || e instanceof SynapseUnavailableException
        || e instanceof SynapseTransportException || status == 429 || status >= 500) {
      return CONNECTION;
    }
    return badRequest;
  }

  /** Whether a 403 says the token lacks an OAuth scope (rather than the user lacking a permission). */
  public static boolean isScopeProblem(SynapseException e) {
    String reason = e.reason() == null ? "" : e.reason().toLowerCase(Locale.ROOT);
    return reason.contains("lacks scope") || reason.contains("insufficient_scope") || reason.contains("scope(s)");
  }

  /** Synapse's reason, or the exception's message when Synapse gave none. */
  public static String reason(SynapseException e) {
    return e.reason() != null && !e.reason().isBlank() ? e.reason() : e.getMessage();
  }
}
