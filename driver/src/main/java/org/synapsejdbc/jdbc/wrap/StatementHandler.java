package org.synapsejdbc.jdbc.wrap;

import java.lang.reflect.Method;
import java.sql.BatchUpdateException;
import java.sql.CallableStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import org.synapsejdbc.calcite.error.SynapseSqlStates;

/**
 * A statement (plain, prepared or callable) whose {@code getConnection()} returns the user's connection, whose
 * SQL text goes through {@link JdbcEscapes}, and which accepts the generated-key variants of {@code execute}.
 * A callable statement is a prepared one with IN parameters only: OUT and named parameters are refused.
 */
final class StatementHandler extends Delegation {
  private final Object connection;

  StatementHandler(Statement statement, Object connection) {
    super(statement);
    this.connection = connection;
  }

  @Override
  Object handle(Method method, Object[] args) throws Throwable {
    if (method.getDeclaringClass() == CallableStatement.class) {
      throw new SQLFeatureNotSupportedException("CallableStatement." + method.getName() + " is not supported: "
          + "procedures take IN parameters by position and return their results as a result set",
          SynapseSqlStates.UNSUPPORTED);
    }
    String name = method.getName();
    switch (name) {
      case "getConnection":
        return connection;
      case "getGeneratedKeys":
        return EmptyResultSet.create(proxy);
      case "execute":
      case "executeQuery":
      case "executeUpdate":
      case "executeLargeUpdate":
      case "addBatch":
        if (args != null && args.length >= 1 && args[0] instanceof String sql) {
          return executeText(method, args, sql);
        }
        return wrapResult(forward(method, args));
      case "getResultSet":
        return wrapResult(forward(method, args));
      // --- DML batches (owner: org.synapsejdbc.calcite.dml) ---
      case "executeBatch":
      case "executeLargeBatch":
        try {
          return forward(method, args);
        } catch (BatchUpdateException e) {
          throw e;
        } catch (SQLException e) {
          // Avatica reports a failed batch as a plain SQLException; JDBC callers expect a BatchUpdateException.
          // The rows of a batch go out together at its end, so no command is known to have succeeded.
          throw new BatchUpdateException(e.getMessage(), e.getSQLState(), e.getErrorCode(), new int[0], e);
        // --- CALL batches (owner: procedures) ---
        } catch (org.apache.calcite.avatica.AvaticaClientRuntimeException e) {
          // Statement.executeBatch passes the Meta's errors (a failed or refused CALL) through unconverted.
          throw new BatchUpdateException(e.getMessage(), e.getSqlState(), e.getErrorCode(), new int[0], e);
        // --- end CALL batches ---
        }
      // --- end DML batches ---
      default:
        return forward(method, args);
    }
  }

  /** Runs SQL text; the generated-key argument of the 2-argument forms is dropped (there are none to return). */
  private Object executeText(Method method, Object[] args, String sql) throws Throwable {
    String rewritten = JdbcEscapes.rewrite(sql);
    UnsupportedStatements.check(rewritten);
    if (args.length == 2) {
      Method plain = Statement.class.getMethod(method.getName(), String.class);
      return wrapResult(call(delegate, plain, new Object[] {rewritten}));
    }
    return wrapResult(call(delegate, method, new Object[] {rewritten}));
  }

  private Object wrapResult(Object result) {
    if (result instanceof ResultSet rs) {
      return new ResultSetHandler(rs, proxy).proxy(ResultSet.class);
    }
    return result;
  }
}
