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

  @Test
  void aChangeInAFolderDropsOnlyTheListingOfItsProject() {
    Project mine = client.entities().create(new Project().setName("Catalog mine " + System.nanoTime()));
    Folder data = folder("Data", mine.getId());
    Folder deep = folder("Deep", data.getId());
    table("t", data.getId());
    Project other = client.entities().create(new Project().setName("Catalog other " + System.nanoTime()));
    catalog.projects();
    catalog.tables(mine.getId());
    catalog.tables(other.getId());
    table("u", deep.getId());

    synapse.requestLog().reset();
    CatalogChanges.childrenChanged(client, deep.getId());
    assertEquals(List.of("Data/Deep/u", "Data/t"), catalog.tables(mine.getId()).keySet().stream().sorted()
        .toList());
    long recrawl = synapse.requestLog().count(CHILDREN);
    assertEquals(3, recrawl, "the project, Data and Data/Deep are listed again");
    catalog.tables(other.getId());
    catalog.projects();
    assertEquals(recrawl, synapse.requestLog().total(), "the other listing and the project list were kept");

    CatalogChanges.projectsChanged(client);
    assertTrue(catalog.projects().stream().anyMatch(p -> p.getId().equals(other.getId())));
    assertEquals(recrawl + 1, synapse.requestLog().total(), "only the project list was read again");
  }

  @Test
  void aChangeUnderAFolderNoListingKnowsDropsEveryListingOfTheUser() {
    Project mine = client.entities().create(new Project().setName("Catalog unknown " + System.nanoTime()));
    catalog.tables(mine.getId());
    // A folder made after the listing (e.g. by another tool): which project holds it is not known from the cache.
    Folder later = folder("Later", mine.getId());
    table("v", later.getId());
    synapse.requestLog().reset();
    CatalogChanges.childrenChanged(client, later.getId());
    assertEquals(List.of("Later/v"), List.copyOf(catalog.tables(mine.getId()).keySet()));
    assertEquals(2, synapse.requestLog().count(CHILDREN));
  }

  private Folder folder(String name, String parent) {
    return client.entities().create(new Folder().setName(name).setParentId(parent));
  }

  private void table(String name, String parent) {
    List<ColumnModel> columns = client.columns().createBatch(List.of(
        new ColumnModel().setName("b").setColumnType(ColumnType.INTEGER)));
    client.entities().create(new TableEntity().setName(name).setParentId(parent)
        .setColumnIds(List.of(columns.get(0).getId())));
  }

  private static final String CHILDREN = "POST /repo/v1/entity/children";
}
