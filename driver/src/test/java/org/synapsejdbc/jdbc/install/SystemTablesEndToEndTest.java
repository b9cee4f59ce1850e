package org.synapsejdbc.jdbc.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synapsejdbc.jdbc.install.CatalogEndToEndTest.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.synapsejdbc.client.files.TransferProgressListener;
import org.synapsejdbc.client.files.UploadOptions;
import org.synapsejdbc.client.model.Activity;
import org.synapsejdbc.client.model.Annotations;
import org.synapsejdbc.client.model.AnnotationsValue;
import org.synapsejdbc.client.model.AnnotationsValueType;
import org.synapsejdbc.client.model.FileEntity;
import org.synapsejdbc.client.model.Reference;
import org.synapsejdbc.client.model.UsedEntity;
import org.synapsejdbc.client.model.UsedURL;

/** The {@code synapse} system tables and table functions against local-synapse through JDBC. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SystemTablesEndToEndTest {
  private CatalogFixture f;
  private FileEntity file;
  private long size;

  @BeforeAll
  void start(@TempDir Path dir) throws IOException {
    f = new CatalogFixture();
    Path csv = dir.resolve("matrix.tsv");
    Files.writeString(csv, "gene\ts1\ts2\nTP53\t1.5\t2\nBRCA1\t\t3.25\n", StandardCharsets.UTF_8);
    size = Files.size(csv);
    String handle = f.client.files().upload(csv, UploadOptions.defaults(), TransferProgressListener.NONE);
    file = f.client.entities().create(new FileEntity().setName("matrix.tsv").setParentId(f.project.getId())
        .setDataFileHandleId(handle));
    Annotations a = f.client.annotations().get(file.getId());
    a.setAnnotations(Map.of("species", new AnnotationsValue().setType(AnnotationsValueType.STRING)
        .setValue(List.of("human", "mouse"))));
    f.client.annotations().update(a);
    Activity act = f.client.activities().create(new Activity().setName("analysis").setUsed(List.of(
        new UsedEntity().setReference(new Reference().setTargetId(f.qc.getId())).setWasExecuted(false),
        new UsedURL().setUrl("https://example.org/run.py").setWasExecuted(true))));
    f.client.activities().setGeneratedBy(file.getId(), act.getId());
  }

  @AfterAll
  void stop() {
    f.close();
  }

  @Test
  void filesCarryTheirFileHandle() throws SQLException {
    try (Connection c = f.connect()) {
      assertEquals(List.of("matrix.tsv|matrix.tsv|" + size + "|" + file.getDataFileHandleId()),
          query(c, "SELECT name, file_name, content_size, file_handle_id FROM synapse.files WHERE id = '"
              + file.getId() + "'"));
    }
  }

  @Test
  void anIdFilterIsOneRequestNotACrawl() throws SQLException {
    try (Connection c = f.connect()) {
      f.synapse.requestLog().reset();
      assertEquals(List.of("people|table"),
          query(c, "SELECT name, type FROM synapse.entities WHERE id = '" + f.people.getId() + "'"));
      assertEquals(0, f.synapse.requestLog().count("POST /repo/v1/entity/children"));
    }
  }

  @Test
  void anIdParameterIsOneRequestNotACrawl() throws SQLException {
    try (Connection c = f.connect(); PreparedStatement p = c.prepareStatement(
        "SELECT name, type FROM synapse.entities WHERE id = ?")) {
      f.synapse.requestLog().reset();
      // Executed twice with different values: the lookup follows each execution's parameter, not the first one.
      for (var t : List.of(f.people, f.qc)) {
        p.setString(1, t.getId());
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            rows.add(rs.getString(1) + "|" + rs.getString(2));
          }
        }
        assertEquals(List.of(t.getName() + "|table"), rows);
      }
      assertEquals(0, f.synapse.requestLog().count("POST /repo/v1/entity/children"));
      assertEquals(0, f.synapse.requestLog().count("GET /repo/v1/projects"), "no project was crawled");
    }
  }

  @Test
  void foldersAndEntitiesOfAProject() throws SQLException {
    try (Connection c = f.connect()) {
      assertEquals(List.of("Data", "Results"), query(c, "SELECT name FROM synapse.folders WHERE project_id = '"
          + f.project.getId() + "' ORDER BY name"));
      assertEquals(List.of("QC", "wide"), query(c, "SELECT name FROM synapse.entities WHERE parent_id = (SELECT id "
          + "FROM synapse.folders WHERE name = 'Results' AND project_id = '" + f.project.getId() + "') ORDER BY name"));
    }
  }

  @Test
  void annotationsOnePerValue() throws SQLException {
    try (Connection c = f.connect()) {
      assertEquals(List.of("species|STRING|human|0", "species|STRING|mouse|1"), query(c,
          "SELECT \"key\", type, \"value\", \"position\" FROM synapse.annotations WHERE entity_id = '"
              + file.getId() + "' ORDER BY \"position\""));
    }
  }

  @Test
  void provenanceUsedEntitiesAndUrls() throws SQLException {
    try (Connection c = f.connect()) {
      assertEquals(List.of("analysis|" + f.qc.getId() + "|null|false", "analysis|null|https://example.org/run.py|true"),
          query(c, "SELECT activity_name, used_entity_id, used_url, executed FROM synapse.provenance WHERE "
              + "entity_id = '" + file.getId() + "' ORDER BY used_url NULLS FIRST"));
    }
  }

  @Test
  void versionsAndColumns() throws SQLException {
    try (Connection c = f.connect()) {
      assertEquals(List.of("1|true"), query(c, "SELECT version, is_latest FROM synapse.versions WHERE entity_id = '"
          + file.getId() + "'"));
      assertEquals(List.of("1|name|STRING", "2|n|INTEGER"), query(c, "SELECT \"position\", name, type FROM "
          + "synapse.columns WHERE table_id = '" + f.people.getId() + "' ORDER BY \"position\""));
    }
  }

  @Test
  void joinWithAProjectTable() throws SQLException {
    try (Connection c = f.connect()) {
      assertEquals(List.of("3"), query(c, "SELECT COUNT(*) FROM \"" + f.project.getName() + "\".people p JOIN "
          + "synapse.entities e ON e.id = '" + f.people.getId() + "'"));
    }
  }

  @Test
  void joinsMatchTheDbUnitDataSet() throws Exception {
    org.dbunit.dataset.IDataSet expected = ResultTables.expected("joins.xml");
    String project = "\"" + f.project.getName() + "\"";
    try (Connection c = f.connect(); java.sql.Statement s = c.createStatement()) {
      org.dbunit.Assertion.assertEquals(expected.getTable("people_qc"), ResultTables.of("people_qc", s.executeQuery(
          "SELECT p.\"name\", q.\"name\" AS qc_name, p.\"n\" FROM " + project + ".people p JOIN " + project
              + ".\"Data/Results/QC\" q ON q.\"n\" = p.\"n\" ORDER BY p.\"n\"")));
      org.dbunit.Assertion.assertEquals(expected.getTable("file_annotations"), ResultTables.of("file_annotations",
          s.executeQuery("SELECT f.name, a.\"key\", a.\"value\", a.\"position\" FROM synapse.files f JOIN "
              + "synapse.annotations a ON a.entity_id = f.id WHERE f.project_id = '" + f.project.getId()
              + "' ORDER BY a.\"position\"")));
      org.dbunit.Assertion.assertEquals(expected.getTable("people_tags"), ResultTables.of("people_tags",
          s.executeQuery("SELECT p.\"name\", a.\"value\" FROM " + project + ".people p JOIN synapse.annotations a "
              + "ON a.\"position\" = p.\"n\" WHERE a.entity_id = '" + file.getId() + "' ORDER BY p.\"n\"")));
    }
  }

  @Test
  void projectsListsTheCallersProjects() throws SQLException {
    try (Connection c = f.connect()) {
      assertTrue(query(c, "SELECT name FROM synapse.projects").contains(f.project.getName()));
    }
  }

  @Test
  void readFileSniffsTabsAndTheHeader() throws SQLException {
    try (Connection c = f.connect()) {
      assertEquals(List.of("TP53|1.5|2", "BRCA1|null|3.25"),
          query(c, "SELECT * FROM TABLE(synapse.read_file('" + file.getId() + "'))"));
      assertEquals(List.of("BRCA1"), query(c, "SELECT gene FROM TABLE(synapse.read_file('" + file.getId()
          + "', 1)) WHERE CAST(s2 AS DOUBLE) > 3"));
    }
  }

  @Test
  void nativeSynapseSqlPassesThrough() throws SQLException {
    try (Connection c = f.connect()) {
      assertEquals(List.of("row 1|1", "row 2|2"), query(c, "SELECT * FROM TABLE(synapse.query('SELECT \"name\", \"n\" "
          + "FROM " + f.qc.getId() + " WHERE \"n\" BETWEEN 1 AND 2 ORDER BY \"n\"'))"));
    }
  }
}
