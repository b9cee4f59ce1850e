package org.synapsejdbc.jdbc.wrap;

import java.lang.reflect.Proxy;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import org.synapsejdbc.calcite.error.SynapseSqlStates;

/** The result set of {@code getGeneratedKeys()}: no columns and no rows, since Synapse returns no keys. */
final class EmptyResultSet {
  private EmptyResultSet() {
  }

  static ResultSet create(Object statement) {
    boolean[] closed = {false};
    ResultSetMetaData metaData = (ResultSetMetaData) Proxy.newProxyInstance(EmptyResultSet.class.getClassLoader(),
        new Class<?>[] {ResultSetMetaData.class}, (self, method, args) -> {
          if (method.getName().equals("getColumnCount")) {
            return 0;
          }
          throw new SQLException("The generated-keys result set has no columns",
              SynapseSqlStates.INVALID_DESCRIPTOR_INDEX);
        });
    return (ResultSet) Proxy.newProxyInstance(EmptyResultSet.class.getClassLoader(),
        new Class<?>[] {ResultSet.class}, (self, method, args) -> {
          switch (method.getName()) {
            case "next":
              return false;
            case "close":
              closed[0] = true;
              return null;
            case "isClosed":
              return closed[0];
            case "getMetaData":
              return metaData;
            case "getStatement":
              return statement;
            case "getType":
              return ResultSet.TYPE_FORWARD_ONLY;
            case "getConcurrency":
              return ResultSet.CONCUR_READ_ONLY;
            case "getWarnings":
              return null;
            case "clearWarnings":
              return null;
            case "equals":
              return self == args[0];
            case "hashCode":
              return System.identityHashCode(self);
            case "toString":
              return "EmptyResultSet";
            default:
              throw new SQLException("The generated-keys result set is empty: " + method.getName()
                  + " has no row to read", SynapseSqlStates.INVALID_CURSOR_STATE);
          }
        });
  }
}
