package org.synapsejdbc.jdbc;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.calcite.avatica.AvaticaConnection;
import org.apache.calcite.avatica.AvaticaStatement;
import org.apache.calcite.avatica.Handler;
import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.schema.lookup.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synapsejdbc.calcite.error.SynapseSqlStates;

/**
 * Connection life-cycle hooks: after Calcite's own initialization, runs the {@link SchemaInstaller}s on the new
 * root schema and sets the default schema; on close, releases what the installers returned and the connection's
 * REST client.
 */
final class SynapseHandler implements Handler {
  private static final Logger LOG = LoggerFactory.getLogger(SynapseHandler.class);

  private final Handler calcite;
  private final Map<String, List<AutoCloseable>> resources = new ConcurrentHashMap<>();

  SynapseHandler(Handler calcite) {
    this.calcite = calcite;
  }

  @Override
  public void onConnectionInit(AvaticaConnection connection) throws SQLException {
    calcite.onConnectionInit(connection);
    ConnectionSetup setup = ConnectionSetup.pending();
    if (setup == null) {
      throw new SQLException("Synapse connections are opened through SynapseDriver.connect",
          SynapseSqlStates.CONNECTION_FAILED);
    }
    CalciteConnection calciteConnection = connection.unwrap(CalciteConnection.class);
    ConnectionClient client = new ConnectionClient(setup.settings(), setup.endpoints(), setup.credentials());
    SchemaInstallContext context = new SchemaInstallContext(calciteConnection.getRootSchema(), setup.settings(),
        setup.endpoints(), setup.credentials(), calciteConnection, setup.procedures(), client);
    // Closed in reverse order: the shared client goes last, after everything that uses it.
    List<AutoCloseable> opened = new ArrayList<>(List.of(client));
    try {
      for (SchemaInstaller installer : installers()) {
        LOG.debug("Installing schemas with {}", installer.getClass().getName());
        AutoCloseable resource = installer.install(context);
        if (resource != null) {
          opened.add(resource);
        }
      }
      String schema = setup.settings().get(SynapseProperty.SCHEMA);
      if (schema != null) {
        Named<?> found = calciteConnection.getRootSchema().subSchemas().getIgnoreCase(schema);
        if (found == null) {
          throw new SQLException("Schema '" + schema + "' (connection property 'schema') does not exist",
              SynapseSqlStates.CONNECTION_FAILED);
        }
        connection.setSchema(found.name());
      }
    } catch (SQLException | RuntimeException e) {
      closeAll(opened);
      closeQuietly(connection, e);
      throw e;
    }
    resources.put(connection.id, opened);
  }

  /** The installers on the driver's class path, in a stable order. */
  static List<SchemaInstaller> installers() {
    List<SchemaInstaller> list = new ArrayList<>();
    ServiceLoader.load(SchemaInstaller.class, SynapseHandler.class.getClassLoader()).forEach(list::add);
    list.sort(Comparator.comparingInt(SchemaInstaller::order).thenComparing(i -> i.getClass().getName()));
    return list;
  }

  @Override
  public void onConnectionClose(AvaticaConnection connection) {
    try {
      calcite.onConnectionClose(connection);
    } finally {
      List<AutoCloseable> opened = resources.remove(connection.id);
      if (opened != null) {
        closeAll(opened);
      }
    }
  }

  /** Avatica abandons a connection whose init failed; close it so Calcite releases it. */
  private static void closeQuietly(AvaticaConnection connection, Exception cause) {
    try {
      connection.close();
    } catch (SQLException | RuntimeException e) {
      cause.addSuppressed(e);
    }
  }

  private static void closeAll(List<AutoCloseable> opened) {
    for (int i = opened.size() - 1; i >= 0; i--) {
      try {
        opened.get(i).close();
      } catch (Exception e) {
        LOG.warn("Closing {} failed: {}", opened.get(i).getClass().getName(), e.toString());
      }
    }
  }

  @Override
  public void onStatementExecute(AvaticaStatement statement, ResultSink resultSink) {
    calcite.onStatementExecute(statement, resultSink);
  }

  @Override
  public void onStatementClose(AvaticaStatement statement) {
    calcite.onStatementClose(statement);
  }
}
