package org.synapsejdbc.calcite.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.synapsejdbc.calcite.SynapseTableKind;
import org.synapsejdbc.calcite.exec.ClientQueryExecutor;
import org.synapsejdbc.calcite.exec.ExecutionSettings;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.SynapseEndpoints;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.ColumnType;
import org.synapsejdbc.client.model.Folder;
import org.synapsejdbc.client.model.Project;
import org.synapsejdbc.client.model.TableEntity;
import org.synapsejdbc.local.LocalSynapse;

/** The catalog against a running local-synapse: listing, id lookup, caching. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SynapseCatalogTest {
  private LocalSynapse synapse;
  private SynapseClient client;
  private Project project;
  private TableEntity table;
  private SynapseCatalog catalog;

  @BeforeAll
  void start() {
    synapse = LocalSynapse.builder().inMemory().port(0).throttles(false).build().start();
    client = SynapseClient.builder()
        .endpoints(SynapseEndpoints.of(synapse.repoUrl(), synapse.fileUrl(), synapse.authUrl()))
        .token(synapse.user1Token()).build();
    project = client.entities().create(new Project().setName("Catalog unit " + System.nanoTime()));
    Folder data = client.entities().create(new Folder().setName("Data").setParentId(project.getId()));
    List<ColumnModel> columns = client.columns().createBatch(List.of(
        new ColumnModel().setName("a").setColumnType(ColumnType.INTEGER)));
    table = client.entities().create(new TableEntity().setName("t").setParentId(data.getId())
        .setDescription("described").setColumnIds(List.of(columns.get(0).getId())));
    catalog = new SynapseCatalog(client, new ClientQueryExecutor(client, ExecutionSettings.defaults()),
        "test|" + System.nanoTime(), Duration.ofMinutes(1));
  }

  @AfterAll
  void stop() {
    client.close();
    synapse.stop();
  }

  @Test
  void idsResolveToTablesWithTheirSchemaAndDescription() {
    CatalogTable t = catalog.table(new EntityRef(table.getId(), null));
    assertNotNull(t);
    assertEquals(SynapseTableKind.TABLE, t.kind());
    assertEquals("described", t.description());
    assertEquals(List.of("a"), t.descriptor().columns().stream().map(ColumnModel::getName).toList());
    assertNull(catalog.table(new EntityRef(project.getId(), null)), "a project is not a table");
    assertNull(catalog.table(new EntityRef("syn999999999", null)), "missing");
  }

  @Test
  void projectListingKeepsFolderPathsAndIsCached() {
    assertTrue(catalog.projects().stream().anyMatch(p -> p.getId().equals(project.getId())));
    assertEquals(List.of("Data/t"), List.copyOf(catalog.tables(project.getId()).keySet()));
    synapse.requestLog().reset();
    catalog.tables(project.getId());
    catalog.projects();
    assertEquals(0, synapse.requestLog().total());
  }
}
