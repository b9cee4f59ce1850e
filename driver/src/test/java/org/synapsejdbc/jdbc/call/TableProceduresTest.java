package org.synapsejdbc.jdbc.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.ColumnType;
import org.synapsejdbc.client.model.EntityView;
import org.synapsejdbc.client.model.TableEntity;
import org.synapsejdbc.client.model.VersionableEntity;

/** create_table, create_file_view, create_snapshot and wait_for_view against local-synapse's table service. */
class TableProceduresTest extends CallTestBase {
  @TempDir
  Path tmp;

  @Test
  void createTableThenSnapshotIt() throws SQLException {
    String project = newProject();
    Map<String, Object> row = call("CALL create_table('" + project + "', 'measurements', '["
        + "{\"name\":\"sample\",\"columnType\":\"STRING\",\"maximumSize\":20},"
        + "{\"name\":\"value\",\"columnType\":\"DOUBLE\"}]')");
    String id = (String) row.get("id");
    assertEquals("table", row.get("entity_type"));
    TableEntity table = rest.entities().get(id, TableEntity.class);
    assertEquals("measurements", table.getName());
    assertEquals(table.getColumnIds().toString().replace(" ", ""),
        ((String) row.get("column_ids")).replace("\"", ""));
    List<ColumnModel> columns = table.getColumnIds().stream().map(c -> rest.columns().get(c)).toList();
    assertEquals(List.of("sample", "value"), columns.stream().map(ColumnModel::getName).toList());
    assertEquals(ColumnType.DOUBLE, columns.get(1).getColumnType());
    assertEquals(20L, columns.get(0).getMaximumSize());

    Map<String, Object> snapshot = call("CALL create_snapshot('" + id + "', 'first cut', 'v1')");
    assertEquals("snapshot", snapshot.get("action"));
    long version = (Long) snapshot.get("snapshot_version");
    VersionableEntity frozen = (VersionableEntity) rest.entities().get(id, version);
    assertEquals("first cut", ((TableEntity) frozen).getVersionComment());
    assertEquals("v1", ((TableEntity) frozen).getVersionLabel());
    assertEquals(version + 1, (Long) snapshot.get("version_number"));
  }

  @Test
  void badColumnsAreRefusedAndNoTableIsCreated() throws SQLException {
    String project = newProject();
    SQLException json = assertThrows(SQLException.class,
        () -> call("CALL create_table('" + project + "', 't', '{\"name\":\"a\"}')"));
    assertEquals("22023", json.getSQLState());
    SQLException empty = assertThrows(SQLException.class, () -> call("CALL create_table('" + project + "', 't', '[]')"));
    assertEquals("22023", empty.getSQLState());
    SQLException synapse = assertThrows(SQLException.class, () -> call("CALL create_table('" + project
        + "', 't', '[{\"name\":\"ROW_ID\",\"columnType\":\"INTEGER\"}]')"));
    assertEquals("22023", synapse.getSQLState());
    assertTrue(synapse.getMessage().contains("HTTP 400"), synapse.getMessage());
    assertTrue(rest.entities().lookup(project, "t").isEmpty());
  }

  @Test
  void snapshotOfAFolderIsRefused() throws SQLException {
    String project = newProject();
    SQLException e = assertThrows(SQLException.class, () -> call("CALL create_snapshot('" + project + "')"));
    assertEquals("22000", e.getSQLState());
  }

  @Test
  void fileViewWithAnnotationColumnsWaitedForAndSnapshotted() throws Exception {
    String project = newProject();
    Path local = Files.writeString(tmp.resolve("sample.txt"), "hello");
    String file = (String) call("CALL store_file('" + project + "', '" + local + "')").get("id");
    call("CALL set_annotations('" + file + "', '{\"species\":\"mouse\",\"age\":3}')");

    Map<String, Object> row = call("CALL create_file_view('" + project + "', 'all files', '" + project + "')");
    String viewId = (String) row.get("id");
    assertEquals("entityview", row.get("entity_type"));
    EntityView view = rest.entities().get(viewId, EntityView.class);
    assertEquals(1L, view.getViewTypeMask());
    assertEquals(1, view.getScopeIds().size());
    assertTrue(view.getScopeIds().get(0).endsWith(project.substring(3)));
    List<String> names = view.getColumnIds().stream().map(c -> rest.columns().get(c).getName()).toList();
    assertTrue(names.containsAll(List.of("id", "name", "species", "age")), names.toString());

    Map<String, Object> waited = call("CALL wait_for_view('" + viewId + "', 60)");
    assertEquals(1L, waited.get("row_count"));
    assertEquals(viewId, waited.get("id"));

    Map<String, Object> snapshot = call("CALL create_snapshot('" + viewId + "', 'frozen view')");
    assertEquals(1L, snapshot.get("snapshot_version"));
    assertEquals("frozen view", ((EntityView) rest.entities().get(viewId, 1)).getVersionComment());
  }

  @Test
  void viewWithoutAnnotationColumnsAndOtherMask() throws SQLException {
    String project = newProject();
    call("CALL set_annotation('" + project + "', 'topic', 'x')");
    Map<String, Object> row = call("CALL create_file_view('" + project + "', 'folders', '[\"" + project
        + "\"]', 8, false)");
    EntityView view = rest.entities().get((String) row.get("id"), EntityView.class);
    assertEquals(8L, view.getViewTypeMask());
    List<String> names = view.getColumnIds().stream().map(c -> rest.columns().get(c).getName()).toList();
    assertTrue(names.contains("id") && !names.contains("topic"), names.toString());
    SQLException mask = assertThrows(SQLException.class,
        () -> call("CALL create_file_view('" + project + "', 'bad', '" + project + "', 0)"));
    assertEquals("22023", mask.getSQLState());
    SQLException scope = assertThrows(SQLException.class,
        () -> call("CALL create_file_view('" + project + "', 'bad', 'not-an-id')"));
    assertEquals("22023", scope.getSQLState());
  }

  @Test
  void waitingTooLongIsATimeout() throws SQLException {
    String project = newProject();
    String viewId = (String) call("CALL create_file_view('" + project + "', 'slow', '" + project + "', 1, false)")
        .get("id");
    server.jobs().processingDelayMillis(5_000);
    try {
      SQLException e = assertThrows(SQLException.class, () -> call("CALL wait_for_view('" + viewId + "', 1)"));
      assertEquals("HYT00", e.getSQLState());
    } finally {
      server.jobs().processingDelayMillis(0);
    }
  }
}
