package org.synapsejdbc.calcite.schema;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Properties;
import java.util.TimeZone;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.avatica.AvaticaConnection;
import org.apache.calcite.avatica.AvaticaFactory;
import org.apache.calcite.avatica.AvaticaPreparedStatement;
import org.apache.calcite.avatica.AvaticaResultSet;
import org.apache.calcite.avatica.AvaticaSpecificDatabaseMetaData;
import org.apache.calcite.avatica.AvaticaStatement;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.avatica.QueryState;
import org.apache.calcite.avatica.UnregisteredDriver;
import org.apache.calcite.jdbc.CalciteFactory;
import org.apache.calcite.jdbc.CalciteJdbc41Factory;
import org.apache.calcite.jdbc.CalciteSchema;

/**
 * Calcite's JDBC factory, except that a connection's root schema does not cache ({@code SimpleCalciteSchema}).
 *
 * <p>Why: every statement plans against a snapshot of the root. Under Calcite's default caching root, a
 * sub-schema's snapshot answers table lookups only from one {@code getNames()} listing, so tables that are found by
 * name but never listed ({@code syn123}, {@code syn123.4}) would be invisible. Under a non-caching root every lookup
 * goes to the schema's own {@code Lookup}; the Synapse catalog caches per user instead. A driver installs this
 * factory by overriding {@code UnregisteredDriver.createFactory()}; {@link SynapseSchemas} requires such a root.
 */
public final class UncachedRootFactory extends CalciteFactory {
  private final CalciteFactory calcite = new CalciteJdbc41Factory();

  public UncachedRootFactory() {
    super(4, 1);
  }

  @Override
  public AvaticaConnection newConnection(UnregisteredDriver driver, AvaticaFactory factory, String url,
      Properties info, CalciteSchema rootSchema, JavaTypeFactory typeFactory) {
    CalciteSchema root = rootSchema != null ? rootSchema : CalciteSchema.createRootSchema(true, false);
    return calcite.newConnection(driver, factory, url, info, root, typeFactory);
  }

  @Override
  public AvaticaStatement newStatement(AvaticaConnection connection, Meta.StatementHandle h, int resultSetType,
      int resultSetConcurrency, int resultSetHoldability) throws SQLException {
    return calcite.newStatement(connection, h, resultSetType, resultSetConcurrency, resultSetHoldability);
  }

  @Override
  public AvaticaPreparedStatement newPreparedStatement(AvaticaConnection connection, Meta.StatementHandle h,
      Meta.Signature signature, int resultSetType, int resultSetConcurrency, int resultSetHoldability)
      throws SQLException {
    return calcite.newPreparedStatement(connection, h, signature, resultSetType, resultSetConcurrency,
        resultSetHoldability);
  }

  @Override
  public AvaticaResultSet newResultSet(AvaticaStatement statement, QueryState state, Meta.Signature signature,
      TimeZone timeZone, Meta.Frame firstFrame) throws SQLException {
    return calcite.newResultSet(statement, state, signature, timeZone, firstFrame);
  }

  @Override
  public AvaticaSpecificDatabaseMetaData newDatabaseMetaData(AvaticaConnection connection) {
    return calcite.newDatabaseMetaData(connection);
  }

  @Override
  public ResultSetMetaData newResultSetMetaData(AvaticaStatement statement, Meta.Signature signature)
      throws SQLException {
    return calcite.newResultSetMetaData(statement, signature);
  }
}
