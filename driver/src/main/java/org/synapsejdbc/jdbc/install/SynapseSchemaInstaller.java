package org.synapsejdbc.jdbc.install;

import java.sql.SQLException;
import java.time.Duration;
import org.apache.calcite.schema.SchemaPlus;
import org.synapsejdbc.calcite.exec.ClientQueryExecutor;
import org.synapsejdbc.calcite.exec.ExecutionSettings;
import org.synapsejdbc.calcite.schema.SynapseCatalog;
import org.synapsejdbc.calcite.schema.SynapseSchemas;
import org.synapsejdbc.calcite.system.SystemTables;
import org.synapsejdbc.calcite.function.DownloadedFiles;
import org.synapsejdbc.calcite.function.SynapseFunctions;
import org.synapsejdbc.calcite.error.SynapseSqlStates;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.error.SynapseException;
import org.synapsejdbc.jdbc.ConnectionSettings;
import org.synapsejdbc.jdbc.SchemaInstallContext;
import org.synapsejdbc.jdbc.SchemaInstaller;
import org.synapsejdbc.jdbc.SynapseProperty;

/**
 * Connects a new JDBC connection to Synapse: the connection's shared REST client, the query executor,
 * the per-user catalog, the {@code synapse} schema (the default schema unless {@code schema} names another) and,
 * when a project is named as default schema, the project schemas. Makes no request unless {@code schema} names a
 * project. Returns the connection's {@code read_file} downloads, deleted when the connection closes.
 */
public final class SynapseSchemaInstaller implements SchemaInstaller {

  @Override
  public AutoCloseable install(SchemaInstallContext context) throws SQLException {
    ConnectionSettings settings = context.settings();
    SynapseClient client = context.client().get();
    DownloadedFiles files = new DownloadedFiles(client);
    try {
      ExecutionSettings execution = ExecutionSettings.defaults()
          .withCsvScanThreshold(settings.getInt(SynapseProperty.CSV_SCAN_THRESHOLD))
          .withWaitForViews("wait".equals(settings.get(SynapseProperty.CONSISTENCY)))
          .withPagePrefetch(settings.getInt(SynapseProperty.PAGE_PREFETCH));
      ClientQueryExecutor executor = new ClientQueryExecutor(client, execution);
      String userKey = context.endpoints().repo() + "|" + context.credentials().identityKey();
      SynapseCatalog catalog = new SynapseCatalog(client, executor, userKey,
          Duration.ofSeconds(settings.getInt(SynapseProperty.CACHE_TTL)));
      SchemaPlus root = context.rootSchema();
      SynapseSchemas.install(root, catalog, SystemTables.create(catalog), SynapseFunctions.create(catalog, files));
      String schema = settings.get(SynapseProperty.SCHEMA);
      if (schema != null && !schema.equalsIgnoreCase(SynapseSchemas.SYSTEM)) {
        SynapseSchemas.syncProjects(root);
      }
      if (schema == null) {
        context.connection().setSchema(SynapseSchemas.SYSTEM);
      }
      return files;
    } catch (SynapseException e) {
      files.close();
      // A rejected token is an authorization error, not a connection one (owner of this mapping: errors).
      throw new SQLException("Could not read the Synapse catalog: " + e.getMessage(),
          SynapseSqlStates.of(e, SynapseSqlStates.CONNECTION_FAILED), e);
    } catch (SQLException | RuntimeException e) {
      files.close();
      throw e;
    }
  }
}
