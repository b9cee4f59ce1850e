package org.synapsejdbc.jdbc.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Project schemas, id lookup, metadata content and query execution through real JDBC connections. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogEndToEndTest {
  private CatalogFixture f;

  @BeforeAll
  void start() {
    f = new CatalogFixture();
  }

  @AfterAll
  void stop() {
    f.close();
  }

  @Test
  void connectingMakesNoRequestAndTheDefaultSchemaIsSynapse() throws SQLException {
    f.synapse.requestLog().reset();
    try (Connection c = f.connect()) {
      assertEquals("synapse", c.getSchema());
      assertEquals(0, f.synapse.requestLog().total());
    }
  }

  @Test
  void projectsAreSchemasAndFoldersStayInTableNames() throws SQLException {
    try (Connection c = f.connect()) {
      DatabaseMetaData md = c.getMetaData();
      List<String> schemas = column(md.getSchemas(), "TABLE_SCHEM");
      assertTrue(schemas.contains("synapse"), schemas.toString());
      assertTrue(schemas.contains(f.project.getName()), schemas.toString());
      try (ResultSet rs = md.getTables(null, f.project.getName(), "%", null)) {
        List<String> rows = new ArrayList<>();
        while (rs.next()) {
          rows.add(rs.getString("TABLE_NAME") + "|" + rs.getString("TABLE_TYPE") + "|" + rs.getString("REMARKS"));
        }
        assertEquals(List.of("Data/Results/QC|TABLE|null", "Data/Results/wide|TABLE|null", "people|TABLE|People we know"),
            rows);
      }
    }
  }

  @Test
  void tablesAreKeyedByRowIdAndRowMetadataIsGenerated() throws SQLException {
    try (Connection c = f.connect()) {
      DatabaseMetaData md = c.getMetaData();
      assertEquals(List.of("ROW_ID"), column(md.getPrimaryKeys(null, f.project.getName(), "people"), "COLUMN_NAME"));
      List<String> generated = new ArrayList<>();
      try (ResultSet rs = md.getColumns(null, f.project.getName(), "people", "%")) {
        while (rs.next()) {
          generated.add(rs.getString("COLUMN_NAME") + "=" + rs.getString("IS_GENERATEDCOLUMN"));
        }
      }
      assertEquals(List.of("name=NO", "n=NO", "ROW_ID=YES", "ROW_VERSION=YES"), generated);
    }
  }

  @Test
  void schemasComeFromBundle2NotTheThrottledColumnRoute() throws SQLException {
    try (Connection c = f.connect("cacheTtl", "0")) {
      f.synapse.requestLog().reset();
      column(c.getMetaData().getColumns(null, f.project.getName(), "%", "%"), "COLUMN_NAME");
      assertEquals(0, f.synapse.requestLog().count("GET /repo/v1/entity/{id}/column"));
      assertTrue(f.synapse.requestLog().count("POST /repo/v1/entity/{id}/bundle2") >= 2);
    }
  }

  @Test
  void entityIdsResolveInEverySchema() throws SQLException {
    try (Connection c = f.connect()) {
      assertEquals(List.of("250"), query(c, "SELECT COUNT(*) FROM " + f.qc.getId()));
      assertEquals(List.of("250"), query(c, "SELECT COUNT(*) FROM " + f.project.getName().replace(' ', ' ')
          .transform(p -> "\"" + p + "\"") + "." + f.qc.getId().toUpperCase()));
    }
  }

  @Test
  void projectTablesByPathWithPushedFilter() throws SQLException {
    try (Connection c = f.connect()) {
      assertEquals(List.of("row 0|0", "row 1|1", "row 2|2"), query(c, "SELECT \"name\", \"n\" FROM \""
          + f.project.getName() + "\".\"Data/Results/QC\" WHERE \"n\" < 3 ORDER BY \"n\""));
    }
  }

  @Test
  void theSchemaPropertyMayNameAProject() throws SQLException {
    try (Connection c = f.connect("schema", f.project.getName().toLowerCase())) {
      assertEquals(f.project.getName(), c.getSchema());
      assertEquals(List.of("row 0", "row 1", "row 2"), query(c, "SELECT name FROM people"));
    }
  }

  @Test
  void otherUsersDoNotSeeTheProject() throws SQLException {
    try (Connection c = f.connectAs(f.synapse.user2Token())) {
      assertFalse(column(c.getMetaData().getSchemas(), "TABLE_SCHEM").contains(f.project.getName()));
      SQLException e = assertThrows(SQLException.class, () -> query(c, "SELECT * FROM " + f.qc.getId()));
      assertTrue(e.getMessage().contains("not found"), e.getMessage());
    }
  }

  @Test
  void largeUnfilteredScansSwitchToTheCsvDownload() throws SQLException {
    try (Connection c = f.connect("csvScanThreshold", "100")) {
      f.synapse.requestLog().reset();
      // All ten STRING(1000) columns: 52 rows per page.
      List<String> rows = query(c, "SELECT * FROM " + f.wide.getId()).stream()
          .map(r -> r.split("\\|")[0] + "|" + r.split("\\|")[1]).toList();
      assertEquals(CatalogFixture.ROWS, rows.size());
      assertEquals("row 0|0", rows.get(0));
      assertEquals("row 9|null", rows.get(9));
      assertEquals("row 248|248", rows.get(248));
      assertEquals(1, f.synapse.requestLog().count("POST /repo/v1/entity/{id}/table/query/async/start"),
          "one page, then the rest as CSV");
      assertEquals(1, f.synapse.requestLog().count("POST /repo/v1/entity/{id}/table/download/csv/async/start"));
    }
    try (Connection c = f.connect("csvScanThreshold", "0")) {
      f.synapse.requestLog().reset();
      List<String> rows = query(c, "SELECT * FROM " + f.wide.getId()).stream()
          .map(r -> r.split("\\|")[0]).toList();
      assertEquals(CatalogFixture.ROWS, rows.size());
      assertEquals("row 100", rows.get(100), "pages in ROW_ID order");
      assertTrue(f.synapse.requestLog().count("POST /repo/v1/entity/{id}/table/query/async/start") >= 5,
          "paged by maxRowsPerPage");
      assertEquals(0, f.synapse.requestLog().count("POST /repo/v1/entity/{id}/table/download/csv/async/start"));
    }
  }

  @Test
  void queryTimeoutStopsAJobBeingPolled() throws SQLException {
    f.synapse.jobs().processingDelayMillis(30_000);
    try (Connection c = f.connect(); Statement s = c.createStatement()) {
      s.setQueryTimeout(1);
      long started = System.nanoTime();
      SQLException e = assertThrows(SQLException.class, () -> drain(s.executeQuery(
          "SELECT COUNT(*) FROM " + f.people.getId())));
      long millis = (System.nanoTime() - started) / 1_000_000;
      assertTrue(millis < 5_000, "stopped after " + millis + " ms");
      assertTrue(causes(e).contains("timed out"), causes(e));
    } finally {
      f.synapse.jobs().processingDelayMillis(0);
    }
  }

  @Test
  void cancelStopsAJobBeingPolled() throws Exception {
    f.synapse.jobs().processingDelayMillis(30_000);
    try (Connection c = f.connect(); Statement s = c.createStatement()) {
      Thread canceller = new Thread(() -> {
        try {
          Thread.sleep(500);
          s.cancel();
        } catch (Exception ignored) {
          // the assertion below reports it
        }
      });
      canceller.start();
      long started = System.nanoTime();
      assertThrows(SQLException.class, () -> drain(s.executeQuery("SELECT COUNT(*) FROM " + f.people.getId())));
      long millis = (System.nanoTime() - started) / 1_000_000;
      assertTrue(millis < 5_000, "stopped after " + millis + " ms");
      canceller.join();
    } finally {
      f.synapse.jobs().processingDelayMillis(0);
    }
  }

  private static String causes(Throwable e) {
    StringBuilder sb = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      sb.append(t).append(" <- ");
    }
    return sb.toString();
  }

  private static void drain(ResultSet rs) throws SQLException {
    try (rs) {
      while (rs.next()) {
        rs.getObject(1);
      }
    }
  }

  static List<String> query(Connection c, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          row.append(i > 1 ? "|" : "").append(rs.getString(i));
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }

  static List<String> column(ResultSet rs, String name) throws SQLException {
    List<String> values = new ArrayList<>();
    try (rs) {
      while (rs.next()) {
        values.add(rs.getString(name));
      }
    }
    return values;
  }
}
