package org.synapsejdbc.calcite.procedure;

import org.synapsejdbc.calcite.error.SynapseSqlStates;

/** A procedure failure with the SQLState the driver reports for it (see {@link SynapseSqlStates}). */
public final class ProcedureException extends RuntimeException {
  private final String sqlState;

  public ProcedureException(String sqlState, String message) {
    this(sqlState, message, null);
  }

  public ProcedureException(String sqlState, String message, Throwable cause) {
    super(message, cause);
    this.sqlState = sqlState;
  }

  public String sqlState() {
    return sqlState;
  }
}
