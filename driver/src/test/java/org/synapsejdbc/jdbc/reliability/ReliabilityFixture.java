package org.synapsejdbc.jdbc.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
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
import org.synapsejdbc.client.model.PartialRow;
import org.synapsejdbc.client.model.PartialRowSet;
import org.synapsejdbc.client.model.Project;
import org.synapsejdbc.client.model.TableEntity;
import org.synapsejdbc.client.model.TableUpdateTransactionRequest;
import org.synapsejdbc.local.LocalSynapse;

/**
 * A running local-synapse with one project of user1 holding the table {@code samples} ({@link #ROWS} deterministic
 * rows, see {@link SampleRow}), plus JDBC connections to it over real HTTP.
 */
final class ReliabilityFixture implements AutoCloseable {
  static final int ROWS = 200;

  final LocalSynapse synapse;
  final SynapseClient client;
  final Project project;
  final TableEntity samples;

  /**
   * @param throttles Synapse's per-user throttles on the server
   * @param relaxedClient when true, user1's first client in this JVM (this fixture's) lifts the client-side
   *     throttle for user1 on this server, which every JDBC connection of user1 then shares (for tests that run
   *     the server without throttles and must not wait for the 600-per-minute budget)
   */
  ReliabilityFixture(boolean throttles, boolean relaxedClient) {
    synapse = LocalSynapse.builder().inMemory().port(0).throttles(throttles).build().start();
    SynapseClient.Builder b = SynapseClient.builder()
        .endpoints(SynapseEndpoints.of(synapse.repoUrl(), synapse.fileUrl(), synapse.authUrl()))
        .token(synapse.user1Token());
    if (relaxedClient) {
      b.throttle(64, Integer.MAX_VALUE);
    }
    client = b.build();
    project = client.entities().create(new Project().setName("Reliability " + System.nanoTime()));
    samples = table("samples", List.of(
        new ColumnModel().setName("name").setColumnType(ColumnType.STRING).setMaximumSize(30L),
        new ColumnModel().setName("n").setColumnType(ColumnType.INTEGER),
        new ColumnModel().setName("score").setColumnType(ColumnType.DOUBLE),
        new ColumnModel().setName("flag").setColumnType(ColumnType.BOOLEAN),
        new ColumnModel().setName("grp").setColumnType(ColumnType.STRING).setMaximumSize(10L)));
    List<PartialRow> rows = new ArrayList<>();
    List<String> ids = samples.getColumnIds();
    for (int i = 0; i < ROWS; i++) {
      SampleRow r = SampleRow.of(i);
      Map<String, String> values = new LinkedHashMap<>();
      values.put(ids.get(0), r.name());
      values.put(ids.get(1), r.n() == null ? null : String.valueOf(r.n()));
      values.put(ids.get(2), String.valueOf(r.score()));
      values.put(ids.get(3), String.valueOf(r.flag()));
      values.put(ids.get(4), r.grp());
      rows.add(new PartialRow().setValues(values));
    }
    append(samples.getId(), rows);
  }

  /** Creates an empty table with the given columns in the project. */
  TableEntity table(String name, List<ColumnModel> columns) {
    List<ColumnModel> created = client.columns().createBatch(columns);
    return client.entities().create(new TableEntity().setName(name).setParentId(project.getId())
        .setColumnIds(created.stream().map(ColumnModel::getId).toList()));
  }

  void append(String tableId, List<PartialRow> rows) {
    client.tables().transaction(tableId, new TableUpdateTransactionRequest().setEntityId(tableId)
        .setChanges(List.of(new AppendableRowSetRequest().setEntityId(tableId)
            .setToAppend(new PartialRowSet().setTableId(tableId).setRows(rows)))), JobOptions.defaults());
  }

  String url() {
    return "jdbc:synapse://localhost:" + synapse.port();
  }

  Connection connect() throws SQLException {
    return connectAs(synapse.user1Token());
  }

  Connection connectAs(String token, String... keyValues) throws SQLException {
    Properties info = new Properties();
    if (token != null) {
      info.setProperty("authToken", token);
    }
    for (int i = 0; i < keyValues.length; i += 2) {
      info.setProperty(keyValues[i], keyValues[i + 1]);
    }
    return DriverManager.getConnection(url(), info);
  }

  /** All rows of a query, each value as {@code getString} text (NULL as "null"), columns joined by '|'. */
  static List<String> rows(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      return rows(rs);
    }
  }

  static List<String> rows(ResultSet rs) throws SQLException {
    ResultSetMetaData md = rs.getMetaData();
    List<String> out = new ArrayList<>();
    while (rs.next()) {
      StringBuilder line = new StringBuilder();
      for (int i = 1; i <= md.getColumnCount(); i++) {
        if (i > 1) {
          line.append('|');
        }
        line.append(rs.getString(i));
      }
      out.add(line.toString());
    }
    return out;
  }

  @Override
  public void close() {
    client.close();
    synapse.stop();
  }

  /** Row {@code i} of {@code samples}: every value is a function of i, so tests can compute expected results. */
  record SampleRow(int i, String name, Long n, double score, boolean flag, String grp) {
    static SampleRow of(int i) {
      return new SampleRow(i, "sample-" + i, i % 17 == 16 ? null : (long) (i * 7 % 101), (i % 13) * 0.5,
          i % 3 == 0, "g" + (i % 5));
    }
  }
}
