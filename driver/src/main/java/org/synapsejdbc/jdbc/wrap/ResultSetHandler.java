package org.synapsejdbc.jdbc.wrap;

import java.lang.reflect.Method;
import java.sql.ResultSet;

/** A result set whose {@code getStatement()} returns the user's statement, not Calcite's. */
final class ResultSetHandler extends Delegation {
  private final Object statement;

  ResultSetHandler(ResultSet resultSet, Object statement) {
    super(resultSet);
    this.statement = statement;
  }

  @Override
  Object handle(Method method, Object[] args) throws Throwable {
    if (method.getName().equals("getStatement") && args == null) {
      return statement;
    }
    return forward(method, args);
  }
}
