package org.synapsejdbc.jdbc.error;

import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import org.synapsejdbc.calcite.error.SynapseSqlStates;

/** Creates the {@link SQLException} subclass that JDBC assigns to an SQLState class, so tools can catch by type. */
public final class SqlExceptions {
  private SqlExceptions() {
  }

  public static SQLException create(String message, String sqlState, Throwable cause) {
    String state = sqlState == null ? SynapseSqlStates.GENERAL : sqlState;
    if (state.equals(SynapseSqlStates.TIMEOUT)) {
      return new SQLTimeoutException(message, state, cause);
    }
    if (state.equals(SynapseSqlStates.CONNECTION)) {
      // Synapse stayed unavailable or kept throttling: trying again later may work.
      return new SQLTransientConnectionException(message, state, cause);
    }
    return switch (state.substring(0, 2)) {
      case "0A" -> new SQLFeatureNotSupportedException(message, state, cause);
      case "08" -> new SQLNonTransientConnectionException(message, state, cause);
      case "22" -> new SQLDataException(message, state, cause);
      case "23" -> new SQLIntegrityConstraintViolationException(message, state, cause);
      case "28" -> new SQLInvalidAuthorizationSpecException(message, state, cause);
      case "40" -> new SQLTransactionRollbackException(message, state, cause);
      case "42" -> new SQLSyntaxErrorException(message, state, cause);
      default -> new SQLException(message, state, cause);
    };
  }
}
