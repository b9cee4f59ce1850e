package org.synapsejdbc.jdbc.dml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.synapsejdbc.client.model.Annotations;
import org.synapsejdbc.client.model.AnnotationsValue;
import org.synapsejdbc.client.model.AnnotationsValueType;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.ColumnType;
import org.synapsejdbc.client.model.EntityView;
import org.synapsejdbc.client.model.Folder;
import org.synapsejdbc.local.table.TableSettings;

/** UPDATE through an entity view changes the entities' annotations; etags and per-entity failures are honoured. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ViewDmlTest {
  private DmlFixture fx;
  private EntityView view;
  private Folder f1;
  private Folder f2;
  private Folder f3;

  @BeforeAll
  void start() {
    fx = new DmlFixture();
    f1 = fx.client.entities().create(new Folder().setName("f1").setParentId(fx.project.getId()));
    f2 = fx.client.entities().create(new Folder().setName("f2").setParentId(fx.project.getId()));
    f3 = fx.client.entities().create(new Folder().setName("f3").setParentId(fx.project.getId()));
    List<ColumnModel> columns = fx.client.columns().createBatch(List.of(
        new ColumnModel().setName("id").setColumnType(ColumnType.ENTITYID),
        new ColumnModel().setName("name").setColumnType(ColumnType.STRING).setMaximumSize(256L),
        new ColumnModel().setName("stage").setColumnType(ColumnType.STRING).setMaximumSize(20L),
        new ColumnModel().setName("score").setColumnType(ColumnType.INTEGER)));
    view = fx.client.entities().create(new EntityView().setName("folders").setParentId(fx.project.getId())
        .setViewTypeMask(0x08L).setScopeIds(List.of(fx.project.getId()))
        .setColumnIds(columns.stream().map(ColumnModel::getId).toList()));
  }

  @AfterAll
  void stop() {
    fx.close();
  }

  private Map<String, AnnotationsValue> annotations(String id) {
    Annotations a = fx.client.annotations().get(id);
    return a.getAnnotations() == null ? Map.of() : a.getAnnotations();
  }

  @Test
  void updateWritesAnnotationsOfTheMatchedEntities() throws Exception {
    long tx = fx.transactions();
    try (Connection c = fx.connect(); Statement s = c.createStatement()) {
      assertEquals(1, s.executeUpdate("UPDATE " + view.getId() + " SET stage = 'done', score = 7 WHERE name = 'f1'"));
      assertEquals(2, s.executeUpdate("UPDATE " + view.getId() + " SET score = 1 WHERE name IN ('f2', 'f3')"));
    }
    assertEquals(2, fx.transactions() - tx);
    assertEquals(List.of("done"), annotations(f1.getId()).get("stage").getValue());
    assertEquals(AnnotationsValueType.LONG, annotations(f1.getId()).get("score").getType());
    assertEquals(List.of("7"), annotations(f1.getId()).get("score").getValue());
    assertEquals(List.of("1"), annotations(f3.getId()).get("score").getValue());
    assertNull(annotations(f3.getId()).get("stage"));
    // Read back through the catalog's annotations table and through the view.
    try (Connection c = fx.connect(); var p = c.prepareStatement(
        "SELECT \"value\" FROM synapse.annotations WHERE entity_id = ? AND \"key\" = 'stage'")) {
      p.setString(1, f1.getId());
      try (var rs = p.executeQuery()) {
        assertTrue(rs.next());
        assertEquals("done", rs.getString(1));
      }
    }
    try (Connection c = fx.connect(); Statement s = c.createStatement();
        var rs = s.executeQuery("SELECT stage, score FROM " + view.getId() + " WHERE name = 'f1'")) {
      assertTrue(rs.next());
      assertEquals("done", rs.getString(1));
      assertEquals(7, rs.getInt(2));
    }
  }

  @Test
  void insertDeleteAndObjectFieldsAreRefused() throws Exception {
    long tx = fx.transactions();
    try (Connection c = fx.connect(); Statement s = c.createStatement()) {
      SQLException insert = assertThrows(SQLException.class,
          () -> s.executeUpdate("INSERT INTO " + view.getId() + " (stage) VALUES ('x')"));
      assertEquals("0A000", insert.getSQLState(), insert.getMessage());
      assertTrue(insert.getMessage().contains("view"), insert.getMessage());
      SQLException delete = assertThrows(SQLException.class,
          () -> s.executeUpdate("DELETE FROM " + view.getId() + " WHERE name = 'f1'"));
      assertEquals("0A000", delete.getSQLState(), delete.getMessage());
      SQLException name = assertThrows(SQLException.class,
          () -> s.executeUpdate("UPDATE " + view.getId() + " SET name = 'renamed'"));
      assertEquals("428C9", name.getSQLState(), name.getMessage());
      SQLException etag = assertThrows(SQLException.class,
          () -> s.executeUpdate("UPDATE " + view.getId() + " SET ROW_ETAG = 'x'"));
      assertEquals("428C9", etag.getSQLState(), etag.getMessage());
    }
    assertEquals(tx, fx.transactions());
  }

  @Test
  void staleEtagFailsNamingTheEntity() throws Exception {
    TableSettings settings = fx.synapse.context().service(TableSettings.class);
    try (Connection c = fx.connect(); Statement s = c.createStatement()) {
      // Build the view index now, then let it lag behind the entities (Synapse's eventual consistency).
      try (var rs = s.executeQuery("SELECT COUNT(*) FROM " + view.getId())) {
        assertTrue(rs.next());
      }
      settings.viewLag(Duration.ofHours(1));
      try {
        Annotations a = fx.client.annotations().get(f2.getId());
        a.setAnnotations(Map.of("stage", new AnnotationsValue().setType(AnnotationsValueType.STRING)
            .setValue(List.of("manual"))));
        fx.client.annotations().update(a);
        SQLException e = assertThrows(SQLException.class,
            () -> s.executeUpdate("UPDATE " + view.getId() + " SET stage = 'late' WHERE name = 'f2'"));
        assertEquals("40001", e.getSQLState(), e.getMessage());
        assertTrue(e.getMessage().contains(f2.getId()), e.getMessage());
        assertTrue(e.getMessage().contains("CONCURRENT_UPDATE"), e.getMessage());
      } finally {
        settings.viewLag(Duration.ZERO);
      }
    }
    assertEquals(List.of("manual"), annotations(f2.getId()).get("stage").getValue());
  }

  @Test
  void insertSelectFromTheViewIntoATable() throws Exception {
    var table = fx.table("from_view");
    try (Connection c = fx.connect(); Statement s = c.createStatement()) {
      assertEquals(3, s.executeUpdate("INSERT INTO " + table.getId() + " (name, n) SELECT name, ROW_ID FROM "
          + view.getId()));
    }
    List<List<String>> rows = fx.rows(table.getId(), "SELECT name, n FROM " + table.getId() + " ORDER BY name");
    assertEquals(List.of(List.of("f1", f1.getId().substring(3)), List.of("f2", f2.getId().substring(3)),
        List.of("f3", f3.getId().substring(3))), rows.stream().map(r -> r.subList(0, 2)).toList());
  }
}
