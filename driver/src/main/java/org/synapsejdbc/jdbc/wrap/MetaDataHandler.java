package org.synapsejdbc.jdbc.wrap;

import java.lang.reflect.Method;
import java.sql.ResultSet;

/**
 * Database metadata whose {@code getConnection()} is the user's connection and whose result sets have no
 * statement (as JDBC allows for metadata), so no path leads back to Calcite's unwrapped connection. It also
 * says that catalogs cannot qualify names, since the driver has none (Avatica claims they can), and that stored
 * procedures are supported (Avatica says they are not).
 */
final class MetaDataHandler extends Delegation {
  private final Object connection;

  MetaDataHandler(Object metaData, Object connection) {
    super(metaData);
    this.connection = connection;
  }

  @Override
  Object handle(Method method, Object[] args) throws Throwable {
    if (method.getName().equals("getConnection")) {
      return connection;
    }
    if (method.getName().startsWith("supportsCatalogsIn")) {
      return false;
    }
    if (method.getName().equals("supportsStoredProcedures")) {
      // Avatica hard-codes false; CALL and {call} run the procedures that getProcedures lists.
      return true;
    }
    Object result = forward(method, args);
    if (result instanceof ResultSet rs) {
      return new ResultSetHandler(rs, null).proxy(ResultSet.class);
    }
    return result;
  }
}
