package org.synapsejdbc.calcite.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.common.collect.ImmutableMultimap;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.calcite.jdbc.CalciteConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.synapsejdbc.calcite.exec.ClientQueryExecutor;
import org.synapsejdbc.calcite.exec.ExecutionSettings;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.SynapseEndpoints;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.ColumnType;
import org.synapsejdbc.client.model.Project;
import org.synapsejdbc.client.model.TableEntity;
import org.synapsejdbc.local.LocalSynapse;

/** Calcite resolves Synapse ids and project tables through the lazy lookups. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchemaLookupTest {
  private LocalSynapse synapse;
  private SynapseClient client;
  private Project project;
  private TableEntity table;
  private Connection connection;

  @BeforeAll
  void start() throws SQLException {
    synapse = LocalSynapse.builder().inMemory().port(0).throttles(false).build().start();
    client = SynapseClient.builder()
        .endpoints(SynapseEndpoints.of(synapse.repoUrl(), synapse.fileUrl(), synapse.authUrl()))
        .token(synapse.user1Token()).build();
    project = client.entities().create(new Project().setName("Lookup " + System.nanoTime()));
    List<ColumnModel> columns = client.columns().createBatch(List.of(
        new ColumnModel().setName("a").setColumnType(ColumnType.INTEGER)));
    table = client.entities().create(new TableEntity().setName("t").setParentId(project.getId())
        .setColumnIds(List.of(columns.get(0).getId())));
    Properties info = new Properties();
    info.setProperty("lex", "MYSQL_ANSI");
    info.setProperty("defaultNullCollation", "LOW");
    // As the Synapse driver does: a root schema that asks the schemas' lookups for every name.
    connection = new org.apache.calcite.jdbc.Driver() {
      @Override
      protected org.apache.calcite.avatica.AvaticaFactory createFactory() {
        return new UncachedRootFactory();
      }
    }.connect("jdbc:calcite:", info);
    CalciteConnection calcite = connection.unwrap(CalciteConnection.class);
    SynapseCatalog catalog = new SynapseCatalog(client, new ClientQueryExecutor(client, ExecutionSettings.defaults()),
        "lookup|" + System.nanoTime(), Duration.ofMinutes(1));
    SynapseSchemas.install(calcite.getRootSchema(), catalog, Map.of(), ImmutableMultimap.of());
    calcite.setSchema(SynapseSchemas.SYSTEM);
  }

  @AfterAll
  void stop() throws SQLException {
    connection.close();
    client.close();
    synapse.stop();
  }

  @Test
  void idsAndProjectTablesResolve() throws SQLException {
    CalciteConnection calcite = connection.unwrap(CalciteConnection.class);
    assertNotNull(calcite.getRootSchema().subSchemas().get("synapse").tables().getIgnoreCase(table.getId()));
    assertEquals(0L, count("SELECT COUNT(*) FROM " + table.getId()));
    assertEquals(0L, count("SELECT COUNT(*) FROM \"" + project.getName() + "\".t"));
  }

  private long count(String sql) throws SQLException {
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
