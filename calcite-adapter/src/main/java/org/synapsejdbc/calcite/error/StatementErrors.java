package org.synapsejdbc.calcite.error;

import java.util.List;
import org.apache.calcite.avatica.AvaticaClientRuntimeException;
import org.apache.calcite.avatica.AvaticaSeverity;

/**
 * Errors the adapter raises itself (a refused statement, argument or value) as exceptions that keep their SQLState
 * on the way to the JDBC caller: Avatica turns only {@link AvaticaClientRuntimeException} into an SQLException with
 * the state, and the driver's error translation finds it anywhere in a cause chain.
 */
public final class StatementErrors {
  /** 0A000: the statement form is not supported on this target. */
  public static final String UNSUPPORTED = "0A000";
  /** 22018: a value cannot be converted to its column's type. */
  public static final String INVALID_CAST = "22018";
  /** 22003: a number outside its column's range. */
  public static final String OUT_OF_RANGE = "22003";
  /** 42804: values of incompatible types are used together. */
  public static final String DATATYPE_MISMATCH = "42804";
  /** 22023: an argument of a function or procedure has a value it cannot work with. */
  public static final String INVALID_PARAMETER = "22023";

  private StatementErrors() {
  }

  /** An error with its SQLState and a message for the user. */
  public static AvaticaClientRuntimeException of(String sqlState, String message) {
    return new AvaticaClientRuntimeException(message, 0, sqlState, AvaticaSeverity.ERROR, List.of(), null);
  }
}
