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
  private StatementErrors() {
  }

  /** An error with its SQLState and a message for the user. */
  public static AvaticaClientRuntimeException of(String sqlState, String message) {
    return new AvaticaClientRuntimeException(message, 0, sqlState, AvaticaSeverity.ERROR, List.of(), null);
  }
}
