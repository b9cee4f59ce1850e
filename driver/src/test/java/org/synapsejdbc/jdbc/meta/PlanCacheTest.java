package org.synapsejdbc.jdbc.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.calcite.runtime.Hook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.SynapseEndpoints;
import org.synapsejdbc.client.async.JobOptions;
import org.synapsejdbc.client.model.AppendableRowSetRequest;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.ColumnType;
import org.synapsejdbc.client.model.PartialRow;
import org.synapsejdbc.client.model.PartialRowSet;
import org.synapsejdbc.client.model.Project;
import org.synapsejdbc.client.model.TableEntity;
import org.synapsejdbc.client.model.TableUpdateTransactionRequest;
import org.synapsejdbc.local.LocalSynapse;

/**
 * A connection plans a query text once and reuses the plan while the catalog answers the same, against a running
 * local-synapse: the repeat sends only the query job's start and get, and a changed table schema is planned again.
 */
class PlanCacheTest {
  private static final String START = "POST /repo/v1/entity/{id}/table/query/async/start";

  private static LocalSynapse synapse;
  private static SynapseClient client;
  private static List<ColumnModel> columns;

  @BeforeAll
  static void start() {
    synapse = LocalSynapse.builder().inMemory().port(0).throttles(false).build().start();
    client = SynapseClient.builder()
        .endpoints(SynapseEndpoints.of(synapse.repoUrl(), synapse.fileUrl(), synapse.authUrl()))
        .token(synapse.user1Token()).build();
    columns = client.columns().createBatch(List.of(
        new ColumnModel().setName("name").setColumnType(ColumnType.STRING).setMaximumSize(20L),
        new ColumnModel().setName("n").setColumnType(ColumnType.INTEGER),
        new ColumnModel().setName("extra").setColumnType(ColumnType.STRING).setMaximumSize(10L)));
  }

  @AfterAll
  static void stop() {
    client.close();
    synapse.stop();
  }

  private static TableEntity table(String name) {
    Project project = client.entities().create(new Project().setName(name + " " + System.nanoTime()));
    TableEntity table = client.entities().create(new TableEntity().setName(name).setParentId(project.getId())
        .setColumnIds(List.of(columns.get(0).getId(), columns.get(1).getId())));
    List<PartialRow> rows = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      rows.add(new PartialRow().setValues(Map.of(columns.get(0).getId(), "row " + i,
          columns.get(1).getId(), String.valueOf(i))));
    }
    client.tables().transaction(table.getId(), new TableUpdateTransactionRequest().setEntityId(table.getId())
        .setChanges(List.of(new AppendableRowSetRequest().setEntityId(table.getId())
            .setToAppend(new PartialRowSet().setTableId(table.getId()).setRows(rows)))), JobOptions.defaults());
    return table;
  }

  private static Connection connect(String... keyValues) throws SQLException {
    Properties info = new Properties();
    info.setProperty("authToken", synapse.user1Token());
    for (int i = 0; i < keyValues.length; i += 2) {
      info.setProperty(keyValues[i], keyValues[i + 1]);
    }
    return DriverManager.getConnection("jdbc:synapse://localhost:" + synapse.port(), info);
  }

  /** Runs {@code sql}; returns its column count and row values, and counts the parses it took. */
  private static List<String> run(Connection c, String sql, AtomicInteger parses) throws SQLException {
    Consumer<Object> count = parse -> parses.incrementAndGet();
    try (Hook.Closeable hook = Hook.PARSE_TREE.addThread(count);
         Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      int width = rs.getMetaData().getColumnCount();
      List<String> out = new ArrayList<>();
      out.add("columns=" + width);
      while (rs.next()) {
        out.add(rs.getString(1) + "|" + rs.getString(2));
      }
      return out;
    }
  }

  @Test
  void aRepeatedQueryIsPlannedOnceAndSendsOnlyItsJob() throws SQLException {
    TableEntity t = table("repeat");
    String sql = "SELECT \"name\", \"n\" FROM " + t.getId() + " WHERE \"n\" >= 1 ORDER BY \"n\" DESC LIMIT 10";
    AtomicInteger parses = new AtomicInteger();
    try (Connection c = connect()) {
      List<String> first = run(c, sql, parses);
      assertEquals(List.of("columns=2", "row 2|2", "row 1|1"), first);
      synapse.requestLog().reset();
      for (int i = 0; i < 3; i++) {
        assertEquals(first, run(c, sql, parses));
      }
      assertEquals(1, parses.get(), "parsed (and planned) once for four executions");
      // Each repeat: one job start and its result; no catalog requests.
      assertEquals(3, synapse.requestLog().count(START));
      assertEquals(6, synapse.requestLog().total(), synapse.requestLog().counts().toString());
    }
    // Plans belong to a connection: a new one plans for itself.
    try (Connection c = connect()) {
      run(c, sql, parses);
      assertEquals(2, parses.get());
    }
  }

  @Test
  void aChangedTableIsPlannedAgain() throws SQLException {
    TableEntity t = table("changing");
    String sql = "SELECT * FROM " + t.getId() + " ORDER BY \"n\"";
    AtomicInteger parses = new AtomicInteger();
    // No catalog caching: the catalog sees the change at once, and so must the plan cache.
    try (Connection c = connect("cacheTtl", "0")) {
      assertEquals("columns=4", run(c, sql, parses).get(0), "name, n, ROW_ID, ROW_VERSION");
      assertEquals("columns=4", run(c, sql, parses).get(0));
      assertEquals(1, parses.get());
      TableEntity current = client.entities().get(t.getId(), TableEntity.class);
      client.entities().update(current.setColumnIds(List.of(columns.get(0).getId(), columns.get(1).getId(),
          columns.get(2).getId())));
      List<String> after = run(c, sql, parses);
      assertEquals("columns=5", after.get(0), after.toString());
      assertEquals(2, parses.get());
    }
  }

  @Test
  void changingTheDefaultSchemaPlansAgain() throws SQLException {
    TableEntity t = table("schemas");
    String sql = "SELECT COUNT(*), MAX(\"n\") FROM " + t.getId();
    AtomicInteger parses = new AtomicInteger();
    try (Connection c = connect()) {
      String schema = c.getSchema();
      run(c, sql, parses);
      c.setSchema("synapse");
      run(c, sql, parses);
      c.setSchema(schema);
      run(c, sql, parses);
      assertEquals(schema == null || schema.equals("synapse") ? 1 : 2, parses.get(), "schema " + schema);
    }
  }
}
