package org.synapsejdbc.calcite.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.linq4j.QueryProvider;
import org.apache.calcite.schema.SchemaPlus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.synapsejdbc.calcite.SynapseQuery;
import org.synapsejdbc.calcite.SynapseTableDescriptor;
import org.synapsejdbc.calcite.SynapseTableKind;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.SynapseEndpoints;
import org.synapsejdbc.client.async.JobOptions;
import org.synapsejdbc.client.error.SynapseCancelledException;
import org.synapsejdbc.client.model.AppendableRowSetRequest;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.ColumnType;
import org.synapsejdbc.client.model.PartialRow;
import org.synapsejdbc.client.model.PartialRowSet;
import org.synapsejdbc.client.model.Project;
import org.synapsejdbc.client.model.TableEntity;
import org.synapsejdbc.client.model.TableUpdateTransactionRequest;
import org.synapsejdbc.local.LocalSynapse;

/** The executor against local-synapse: paging order and size, the CSV route, cancel and timeout. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientQueryExecutorTest {
  private static final int ROWS = 130;
  private LocalSynapse synapse;
  private SynapseClient client;
  private SynapseTableDescriptor table;
  @TempDir
  java.nio.file.Path spool;

  @BeforeAll
  void start() {
    synapse = LocalSynapse.builder().inMemory().port(0).throttles(false).build().start();
    client = SynapseClient.builder()
        .endpoints(SynapseEndpoints.of(synapse.repoUrl(), synapse.fileUrl(), synapse.authUrl()))
        .token(synapse.user1Token()).build();
    Project p = client.entities().create(new Project().setName("Exec " + System.nanoTime()));
    List<ColumnModel> columns = client.columns().createBatch(List.of(
        new ColumnModel().setName("k").setColumnType(ColumnType.INTEGER),
        new ColumnModel().setName("s").setColumnType(ColumnType.STRING).setMaximumSize(10L)));
    TableEntity t = client.entities().create(new TableEntity().setName("t").setParentId(p.getId())
        .setColumnIds(List.of(columns.get(0).getId(), columns.get(1).getId())));
    List<PartialRow> rows = new ArrayList<>();
    for (int i = 0; i < ROWS; i++) {
      Map<String, String> v = new LinkedHashMap<>();
      v.put(columns.get(0).getId(), String.valueOf(i));
      v.put(columns.get(1).getId(), i % 7 == 0 ? null : "v\"" + i);
      rows.add(new PartialRow().setValues(v));
    }
    client.tables().transaction(t.getId(), new TableUpdateTransactionRequest().setEntityId(t.getId())
        .setChanges(List.of(new AppendableRowSetRequest().setEntityId(t.getId())
            .setToAppend(new PartialRowSet().setTableId(t.getId()).setRows(rows)))), JobOptions.defaults());
    table = new SynapseTableDescriptor(t.getId(), null, SynapseTableKind.TABLE, columns);
  }

  @AfterAll
  void stop() {
    client.close();
    synapse.stop();
  }

  private ExecutionSettings settings(long csvThreshold, Long pageSize) {
    return new ExecutionSettings(csvThreshold, pageSize, false, Duration.ofMinutes(1), spool);
  }

  private List<String> run(ExecutionSettings s, String sql, DataContext context) {
    SynapseQuery q = new SynapseQuery(table, sql, List.of("k", "s"), false, false);
    List<String> out = new ArrayList<>();
    try (Enumerator<String[]> e = new ClientQueryExecutor(client, s).execute(q, context).enumerator()) {
      while (e.moveNext()) {
        out.add(String.join("|", java.util.Arrays.stream(e.current()).map(String::valueOf).toList()));
      }
    }
    return out;
  }

  private String all() {
    return "SELECT \"k\", \"s\" FROM " + table.entityId();
  }

  @Test
  void pagesOfTheGivenSizeInRowIdOrder() {
    synapse.requestLog().reset();
    List<String> rows = run(settings(0, 40L), all(), context(null, 0));
    assertEquals(ROWS, rows.size());
    for (int i = 0; i < ROWS; i++) {
      assertEquals(i + "|" + (i % 7 == 0 ? "null" : "v\"" + i), rows.get(i));
    }
    assertEquals(4, synapse.requestLog().count("POST /repo/v1/entity/{id}/table/query/async/start"));
  }

  @Test
  void csvRouteAboveTheThresholdKeepsValuesAndOrder() {
    List<String> paged = run(settings(0, 40L), all(), context(null, 0));
    synapse.requestLog().reset();
    List<String> csv = run(settings(100, 40L), all(), context(null, 0));
    assertEquals(paged, csv);
    assertEquals(1, synapse.requestLog().count("POST /repo/v1/entity/{id}/table/query/async/start"));
    assertEquals(1, synapse.requestLog().count("POST /repo/v1/entity/{id}/table/download/csv/async/start"));
    try (var files = java.nio.file.Files.list(spool)) {
      assertEquals(0, files.count(), "the spooled CSV is deleted");
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void filteredQueriesNeverUseTheCsvRoute() {
    synapse.requestLog().reset();
    assertEquals(List.of("3|v\"3"), run(settings(1, 40L), all() + " WHERE \"k\" = 3", context(null, 0)));
    assertEquals(0, synapse.requestLog().count("POST /repo/v1/entity/{id}/table/download/csv/async/start"));
  }

  @Test
  void theCancelFlagStopsAPolledJob() {
    synapse.jobs().processingDelayMillis(30_000);
    try {
      AtomicBoolean cancel = new AtomicBoolean();
      new Thread(() -> {
        sleep(300);
        cancel.set(true);
      }).start();
      long t0 = System.nanoTime();
      assertThrows(SynapseCancelledException.class, () -> run(settings(0, null), all(), context(cancel, 0)));
      assertTrue((System.nanoTime() - t0) / 1_000_000 < 3_000);
    } finally {
      synapse.jobs().processingDelayMillis(0);
    }
  }

  @Test
  void theTimeoutStopsAPolledJob() {
    synapse.jobs().processingDelayMillis(30_000);
    try {
      long t0 = System.nanoTime();
      assertThrows(QueryTimeoutException.class, () -> run(settings(0, null), all(), context(null, 500)));
      assertTrue((System.nanoTime() - t0) / 1_000_000 < 3_000);
    } finally {
      synapse.jobs().processingDelayMillis(0);
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static DataContext context(AtomicBoolean cancel, long timeoutMillis) {
    Map<String, Object> values = new HashMap<>();
    if (cancel != null) {
      values.put(DataContext.Variable.CANCEL_FLAG.camelName, cancel);
    }
    if (timeoutMillis > 0) {
      values.put(DataContext.Variable.TIMEOUT.camelName, timeoutMillis);
    }
    return new DataContext() {
      @Override
      public SchemaPlus getRootSchema() {
        return null;
      }

      @Override
      public JavaTypeFactory getTypeFactory() {
        return null;
      }

      @Override
      public QueryProvider getQueryProvider() {
        return null;
      }

      @Override
      public Object get(String name) {
        return values.get(name);
      }
    };
  }
}
