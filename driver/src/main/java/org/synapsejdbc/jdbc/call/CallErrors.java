package org.synapsejdbc.jdbc.call;

import java.sql.SQLException;
import java.util.List;
import org.apache.calcite.avatica.AvaticaClientRuntimeException;
import org.apache.calcite.avatica.AvaticaSeverity;

/**
 * Carries a procedure error with its SQLState through Avatica, which turns an
 * {@link AvaticaClientRuntimeException} (and only that) into an {@code SQLException} keeping the SQLState.
 */
final class CallErrors {
  private CallErrors() {
  }

  static AvaticaClientRuntimeException of(String sqlState, String message) {
    return new AvaticaClientRuntimeException(message, 0, sqlState, AvaticaSeverity.ERROR, List.of(), null);
  }

  static AvaticaClientRuntimeException of(SQLException e) {
    return of(e.getSQLState(), e.getMessage());
  }
}
