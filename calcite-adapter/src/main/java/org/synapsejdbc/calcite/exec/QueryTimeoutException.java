package org.synapsejdbc.calcite.exec;

/** A statement ran past its query timeout ({@code Statement.setQueryTimeout}); the Synapse work was abandoned. */
public final class QueryTimeoutException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public QueryTimeoutException(long timeoutMillis) {
    super("Query timed out after " + timeoutMillis + " ms");
  }
}
