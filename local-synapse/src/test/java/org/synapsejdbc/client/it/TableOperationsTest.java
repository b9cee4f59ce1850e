package org.synapsejdbc.client.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.async.JobOptions;
import org.synapsejdbc.client.error.SynapseBadRequestException;
import org.synapsejdbc.client.files.TransferProgressListener;
import org.synapsejdbc.client.model.AppendableRowSetRequest;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.ColumnType;
import org.synapsejdbc.client.model.DownloadFromTableRequest;
import org.synapsejdbc.client.model.PartialRow;
import org.synapsejdbc.client.model.PartialRowSet;
import org.synapsejdbc.client.model.Project;
import org.synapsejdbc.client.model.Query;
import org.synapsejdbc.client.model.RowReferenceSetResults;
import org.synapsejdbc.client.model.SnapshotRequest;
import org.synapsejdbc.client.model.TableBundle;
import org.synapsejdbc.client.model.TableEntity;
import org.synapsejdbc.client.model.TableUpdateTransactionRequest;
import org.synapsejdbc.client.model.TableUpdateTransactionResponse;
import org.synapsejdbc.client.model.VersionInfo;
import org.synapsejdbc.client.table.CsvResult;
import org.synapsejdbc.client.table.QueryRequest;
import org.synapsejdbc.client.table.QueryResults;
import org.synapsejdbc.client.table.QueryRow;
import org.synapsejdbc.local.LocalSynapse;

/** Columns, table transactions, paged queries, CSV downloads and snapshots through the client. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TableOperationsTest {
  private static final int ROWS = 250;
  private LocalSynapse synapse;
  private SynapseClient client;
  private TableEntity table;
  private List<ColumnModel> columns;

  @BeforeAll
  void setUp() {
    synapse = LocalSynapse.builder().inMemory().port(0).throttles(false).build().start();
    client = LocalClients.client(synapse, synapse.user1Token());
    Project project = client.entities().create(new Project().setName("tables-" + System.nanoTime()));
    columns = client.columns().createBatch(List.of(
        new ColumnModel().setName("name").setColumnType(ColumnType.STRING).setMaximumSize(20L),
        new ColumnModel().setName("n").setColumnType(ColumnType.INTEGER)));
    TableEntity t = new TableEntity().setName("people").setParentId(project.getId())
        .setColumnIds(List.of(columns.get(0).getId(), columns.get(1).getId()));
    table = client.entities().create(t);
    List<PartialRow> rows = new ArrayList<>();
    for (int i = 0; i < ROWS; i++) {
      Map<String, String> values = new LinkedHashMap<>();
      values.put(columns.get(0).getId(), "name \"" + i + "\", \\ok");
      values.put(columns.get(1).getId(), i % 10 == 0 ? null : String.valueOf(i));
      rows.add(new PartialRow().setValues(values));
    }
    TableUpdateTransactionResponse response = client.tables().transaction(table.getId(),
        new TableUpdateTransactionRequest().setEntityId(table.getId()).setChanges(List.of(
            new AppendableRowSetRequest().setEntityId(table.getId())
                .setToAppend(new PartialRowSet().setTableId(table.getId()).setRows(rows)))),
        JobOptions.defaults());
    RowReferenceSetResults appended = (RowReferenceSetResults) response.getResults().get(0);
    assertEquals(ROWS, appended.getRowReferenceSet().getRows().size());
  }

  @AfterAll
  void tearDown() {
    client.close();
    synapse.stop();
  }

  private QueryRequest all() {
    return QueryRequest.of(table.getId(), "SELECT \"name\", \"n\" FROM " + table.getId() + " ORDER BY ROW_ID");
  }

  @Test
  void columnModelsAreIdempotentAndCached() {
    ColumnModel again = client.columns().create(
        new ColumnModel().setName("name").setColumnType(ColumnType.STRING).setMaximumSize(20L));
    assertEquals(columns.get(0).getId(), again.getId());
    synapse.requestLog().reset();
    ColumnModel cached = client.columns().get(columns.get(1).getId());
    assertEquals("n", cached.getName());
    assertSame(cached, client.columns().get(columns.get(1).getId()));
    assertEquals(0, synapse.requestLog().count("GET /repo/v1/column/{id}"));
  }

  @Test
  void theSchemaComesFromBundle2NotTheThrottledColumnRoute() {
    synapse.requestLog().reset();
    TableBundle bundle = client.columns().tableBundle(table.getId());
    assertEquals(List.of("name", "n"), bundle.getColumnModels().stream().map(ColumnModel::getName).toList());
    assertNotNull(bundle.getMaxRowsPerPage());
    assertEquals(0, synapse.requestLog().count("GET /repo/v1/entity/{id}/column"));
  }

  @Test
  void queryPagesFollowOurOwnOffsetAndTheOverallLimit() {
    synapse.requestLog().reset();
    List<QueryRow> rows = new ArrayList<>();
    try (QueryResults results = client.tables().query(all().withPageSize(40L).withMaxRows(130L),
        JobOptions.defaults())) {
      assertEquals(0, results.pagesRequested(), "lazy: nothing fetched before iteration");
      rows.add(results.next());
      long deadline = System.nanoTime() + 5_000_000_000L;
      while (results.pagesRequested() < 2 && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      assertEquals(2, results.pagesRequested(), "page 2 is prefetched while page 1 is consumed");
      results.forEachRemaining(rows::add);
      assertEquals(List.of("name", "n"), results.headers().stream().map(h -> h.getName()).toList());
      assertTrue(results.maxRowsPerPage() >= 40);
    }
    assertEquals(130, rows.size());
    assertEquals("name \"0\", \\ok", rows.get(0).value(0));
    assertEquals(null, rows.get(0).value(1));
    assertEquals("129", rows.get(129).value(1));
    assertEquals(4, synapse.requestLog().count("POST /repo/v1/entity/{id}/table/query/async/start"),
        "pages of 40, 40, 40, 10");
  }

  @Test
  void allRowsAreReadAcrossPagesAndTheSqlLimitIsHonoured() {
    List<QueryRow> rows = new ArrayList<>();
    try (QueryResults results = client.tables().query(all().withPageSize(100L), JobOptions.defaults())) {
      results.forEachRemaining(rows::add);
    }
    assertEquals(ROWS, rows.size());
    for (int i = 0; i < ROWS; i++) {
      assertEquals((long) rows.get(i).rowId(), rows.get(0).rowId() + i);
    }
    List<QueryRow> limited = new ArrayList<>();
    try (QueryResults results = client.tables().query(QueryRequest.of(table.getId(),
        "SELECT \"n\" FROM " + table.getId() + " ORDER BY ROW_ID LIMIT 15"), JobOptions.defaults())) {
      results.forEachRemaining(limited::add);
      assertEquals(1, results.pagesRequested());
    }
    assertEquals(15, limited.size());
  }

  @Test
  void aQueryErrorSurfacesSynapsesReason() {
    SynapseBadRequestException e = assertThrows(SynapseBadRequestException.class, () -> {
      try (QueryResults r = client.tables().query(QueryRequest.of(table.getId(),
          "SELECT \"nope\" FROM " + table.getId()), JobOptions.defaults())) {
        r.hasNext();
      }
    });
    assertTrue(e.reason().contains("nope"), e.reason());
  }

  @Test
  void csvDownloadStreamsTheSameRows(@TempDir Path dir) throws Exception {
    DownloadFromTableRequest request = new DownloadFromTableRequest().setEntityId(table.getId())
        .setSql("SELECT \"name\", \"n\" FROM " + table.getId() + " ORDER BY ROW_ID");
    List<String[]> records = new ArrayList<>();
    try (CsvResult csv = client.tables().queryCsv(request, JobOptions.defaults(), dir,
        TransferProgressListener.NONE)) {
      for (String[] r = csv.next(); r != null; r = csv.next()) {
        records.add(r);
      }
    }
    assertArrayEquals(new String[] {"ROW_ID", "ROW_VERSION", "name", "n"}, records.get(0));
    assertEquals(ROWS + 1, records.size());
    assertEquals("name \"0\", \\ok", records.get(1)[2]);
    assertEquals(null, records.get(1)[3]);
    assertEquals("1", records.get(2)[3]);
    try (var files = Files.list(dir)) {
      assertEquals(0, files.count(), "the temporary CSV is deleted on close");
    }
  }

  @Test
  void snapshotsCreateVersions() {
    long version = client.tables().snapshot(table.getId(), new SnapshotRequest().setSnapshotComment("v1"))
        .getSnapshotVersionNumber();
    List<Long> versions = new ArrayList<>();
    client.entities().versions(table.getId()).forEachRemaining(v -> versions.add(v.getVersionNumber()));
    assertTrue(versions.contains(version), versions.toString());
    try (QueryResults r = client.tables().query(new QueryRequest(table.getId(),
        new Query().setSql("SELECT \"n\" FROM " + table.getId() + "." + version), null, null, 0),
        JobOptions.defaults())) {
      int n = 0;
      while (r.hasNext()) {
        r.next();
        n++;
      }
      assertEquals(ROWS, n);
    }
  }
}
