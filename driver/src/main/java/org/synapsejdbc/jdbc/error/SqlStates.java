package org.synapsejdbc.jdbc.error;

import org.synapsejdbc.calcite.error.SynapseSqlStates;

/**
 * The SQLStates of errors that reach the user through Calcite and Avatica (SQL:2011 / X/Open classes); the ones
 * for Synapse's answers are those of {@link SynapseSqlStates}, shared with procedures and DML.
 */
public final class SqlStates {
  /** 42601: the SQL text does not parse. */
  public static final String SYNTAX = "42601";
  /** 42000: the SQL is invalid in another way (validation, a query Synapse refused). */
  public static final String SYNTAX_OR_ACCESS = "42000";
  /** 42P01: no table (or schema) with this name. */
  public static final String UNDEFINED_TABLE = "42P01";
  /** 42703: no column with this name. */
  public static final String UNDEFINED_COLUMN = "42703";
  /** 42883: no function with this name and argument types. */
  public static final String UNDEFINED_FUNCTION = "42883";
  /** 42804: an expression has the wrong type for where it is used. */
  public static final String DATATYPE_MISMATCH = "42804";
  /** 42501: no permission. */
  public static final String NO_PRIVILEGE = SynapseSqlStates.NO_PRIVILEGE;
  /** 22000: a data problem. */
  public static final String DATA = SynapseSqlStates.DATA;
  /** 22018: a value cannot be converted to the needed type. */
  public static final String INVALID_CAST = "22018";
  /** 22012: division by zero. */
  public static final String DIVISION_BY_ZERO = "22012";
  /** 22007: a malformed date or time. */
  public static final String INVALID_DATETIME = "22007";
  /** 22003: a number out of its type's range. */
  public static final String OUT_OF_RANGE = "22003";
  /** 0A000: a feature the driver or Synapse does not offer. */
  public static final String UNSUPPORTED = "0A000";
  /** 08S01: Synapse could not be reached, or stayed unavailable or throttling after retries. */
  public static final String CONNECTION_LOST = SynapseSqlStates.CONNECTION;
  /** HYT00: the statement ran past its timeout, or a Synapse job did. */
  public static final String TIMEOUT = SynapseSqlStates.TIMEOUT;
  /** 57014: the statement was cancelled. */
  public static final String CANCELLED = SynapseSqlStates.CANCELLED;
  /** 08003: the connection is closed. */
  public static final String CONNECTION_CLOSED = "08003";
  /** HY010: the statement or result set is closed (a call out of sequence). */
  public static final String SEQUENCE = "HY010";
  /** 54001: the statement is too complex (nested too deeply) to process. */
  public static final String TOO_COMPLEX = "54001";
  /** HY000: a failure without a more precise class. */
  public static final String GENERAL = "HY000";

  private SqlStates() {
  }
}
