package org.synapsejdbc.jdbc.install;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.SynapseEndpoints;
import org.synapsejdbc.client.async.JobOptions;
import org.synapsejdbc.client.model.AppendableRowSetRequest;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.ColumnType;
import org.synapsejdbc.client.model.Folder;
import org.synapsejdbc.client.model.PartialRow;
import org.synapsejdbc.client.model.PartialRowSet;
import org.synapsejdbc.client.model.Project;
import org.synapsejdbc.client.model.TableEntity;
import org.synapsejdbc.client.model.TableUpdateTransactionRequest;
import org.synapsejdbc.local.LocalSynapse;

/**
 * A running local-synapse with one project of user1: a table {@code people} at the top (described), folders
 * {@code Data/Results} holding a table {@code QC} of {@link #ROWS} rows, and JDBC connections to it.
 */
final class CatalogFixture implements AutoCloseable {
  static final int ROWS = 250;

  final LocalSynapse synapse;
  final SynapseClient client;
  final Project project;
  final TableEntity people;
  final TableEntity qc;
  /** Ten STRING(1000) columns: Synapse's 2 MiB page holds only 52 of its rows. */
  final TableEntity wide;

  CatalogFixture() {
    synapse = LocalSynapse.builder().inMemory().port(0).throttles(false).build().start();
    client = SynapseClient.builder()
        .endpoints(SynapseEndpoints.of(synapse.repoUrl(), synapse.fileUrl(), synapse.authUrl()))
        .token(synapse.user1Token()).build();
    project = client.entities().create(new Project().setName("Catalog " + System.nanoTime())
        .setDescription("catalog test project"));
    Folder data = client.entities().create(new Folder().setName("Data").setParentId(project.getId()));
    Folder results = client.entities().create(new Folder().setName("Results").setParentId(data.getId()));
    List<ColumnModel> columns = client.columns().createBatch(List.of(
        new ColumnModel().setName("name").setColumnType(ColumnType.STRING).setMaximumSize(20L),
        new ColumnModel().setName("n").setColumnType(ColumnType.INTEGER)));
    people = client.entities().create(new TableEntity().setName("people").setParentId(project.getId())
        .setDescription("People we know").setColumnIds(List.of(columns.get(0).getId(), columns.get(1).getId())));
    qc = client.entities().create(new TableEntity().setName("QC").setParentId(results.getId())
        .setColumnIds(List.of(columns.get(0).getId(), columns.get(1).getId())));
    append(people, columns, 3);
    append(qc, columns, ROWS);
    List<ColumnModel> wideColumns = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      wideColumns.add(new ColumnModel().setName("w" + i).setColumnType(ColumnType.STRING).setMaximumSize(1000L));
    }
    wideColumns = client.columns().createBatch(wideColumns);
    wide = client.entities().create(new TableEntity().setName("wide").setParentId(results.getId())
        .setColumnIds(wideColumns.stream().map(ColumnModel::getId).toList()));
    append(wide, wideColumns, ROWS);
  }

  private void append(TableEntity table, List<ColumnModel> columns, int count) {
    List<PartialRow> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Map<String, String> values = new LinkedHashMap<>();
      values.put(columns.get(0).getId(), "row " + i);
      for (int c = 1; c < columns.size(); c++) {
        values.put(columns.get(c).getId(), i % 10 == 9 ? null : String.valueOf(i));
      }
      rows.add(new PartialRow().setValues(values));
    }
    client.tables().transaction(table.getId(), new TableUpdateTransactionRequest().setEntityId(table.getId())
        .setChanges(List.of(new AppendableRowSetRequest().setEntityId(table.getId())
            .setToAppend(new PartialRowSet().setTableId(table.getId()).setRows(rows)))), JobOptions.defaults());
  }

  String url() {
    return "jdbc:synapse://localhost:" + synapse.port();
  }

  Connection connect(String... keyValues) throws SQLException {
    return connectAs(synapse.user1Token(), keyValues);
  }

  Connection connectAs(String token, String... keyValues) throws SQLException {
    Properties info = new Properties();
    info.setProperty("authToken", token);
    for (int i = 0; i < keyValues.length; i += 2) {
      info.setProperty(keyValues[i], keyValues[i + 1]);
    }
    return DriverManager.getConnection(url(), info);
  }

  @Override
  public void close() {
    client.close();
    synapse.stop();
  }
}
