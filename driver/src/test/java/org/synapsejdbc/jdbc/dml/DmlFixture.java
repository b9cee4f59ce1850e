package org.synapsejdbc.jdbc.dml;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.SynapseEndpoints;
import org.synapsejdbc.client.async.JobOptions;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.ColumnType;
import org.synapsejdbc.client.model.Project;
import org.synapsejdbc.client.model.TableEntity;
import org.synapsejdbc.client.table.QueryRequest;
import org.synapsejdbc.client.table.QueryResults;
import org.synapsejdbc.local.LocalSynapse;

/** A running local-synapse with a project of user1, helpers to create tables and read them back over REST. */
final class DmlFixture implements AutoCloseable {
  static final String TRANSACTION_START = "POST /repo/v1/entity/{id}/table/transaction/async/start";
  static final String QUERY_START = "POST /repo/v1/entity/{id}/table/query/async/start";

  final LocalSynapse synapse;
  final SynapseClient client;
  final Project project;

  DmlFixture() {
    synapse = LocalSynapse.builder().inMemory().port(0).throttles(false).build().start();
    client = SynapseClient.builder()
        .endpoints(SynapseEndpoints.of(synapse.repoUrl(), synapse.fileUrl(), synapse.authUrl()))
        .token(synapse.user1Token()).build();
    project = client.entities().create(new Project().setName("DML " + System.nanoTime()));
  }

  /** A table with columns name STRING(20), n INTEGER, score DOUBLE, flag BOOLEAN, created DATE, tags STRING_LIST. */
  TableEntity table(String name) {
    List<ColumnModel> columns = client.columns().createBatch(List.of(
        new ColumnModel().setName("name").setColumnType(ColumnType.STRING).setMaximumSize(20L),
        new ColumnModel().setName("n").setColumnType(ColumnType.INTEGER),
        new ColumnModel().setName("score").setColumnType(ColumnType.DOUBLE),
        new ColumnModel().setName("flag").setColumnType(ColumnType.BOOLEAN),
        new ColumnModel().setName("created").setColumnType(ColumnType.DATE),
        new ColumnModel().setName("tags").setColumnType(ColumnType.STRING_LIST).setMaximumSize(10L)));
    return client.entities().create(new TableEntity().setName(name).setParentId(project.getId())
        .setColumnIds(columns.stream().map(ColumnModel::getId).toList()));
  }

  /** Rows of a Synapse query, values as Synapse sends them, plus ROW_ID and ROW_VERSION at the end. */
  List<List<String>> rows(String entityId, String sql) {
    List<List<String>> rows = new ArrayList<>();
    try (QueryResults results = client.tables().query(QueryRequest.of(entityId, sql), JobOptions.defaults())) {
      while (results.hasNext()) {
        var row = results.next();
        List<String> values = new ArrayList<>(row.values());
        values.add(String.valueOf(row.rowId()));
        values.add(String.valueOf(row.versionNumber()));
        rows.add(values);
      }
    }
    return rows;
  }

  /** A JDBC connection of user1; tables resolve by id ({@code syn123}) through the catalog. */
  Connection connect() throws SQLException {
    return connectAs(synapse.user1Token());
  }

  Connection connectAs(String token) throws SQLException {
    Properties info = new Properties();
    info.setProperty("authToken", token);
    return DriverManager.getConnection("jdbc:synapse://localhost:" + synapse.port(), info);
  }

  long transactions() {
    return synapse.requestLog().count(TRANSACTION_START);
  }

  long queries() {
    return synapse.requestLog().count(QUERY_START);
  }

  @Override
  public void close() {
    client.close();
    synapse.stop();
  }
}
