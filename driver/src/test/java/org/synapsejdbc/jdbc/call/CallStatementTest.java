package org.synapsejdbc.jdbc.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.CallableStatement;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.synapsejdbc.client.model.Entity;
import org.synapsejdbc.client.model.Folder;

/** CALL through every JDBC route: statement text, {@code {call}}, prepared and callable statements. */
class CallStatementTest extends CallTestBase {

  @Test
  void statementCallCreatesAProjectOnceAndDescribesIt() throws SQLException {
    String name = unique("Call Project");
    Map<String, Object> row = call("CALL create_project('" + name + "', 'made by SQL')");
    String id = (String) row.get("id");
    assertTrue(id.matches("syn\\d+"), id);
    assertEquals(name, row.get("name"));
    assertEquals("project", row.get("entity_type"));
    assertEquals("created", row.get("action"));
    Entity stored = rest.entities().get(id);
    assertEquals(name, stored.getName());
    assertEquals("made by SQL", stored.getDescription());
    assertEquals(stored.getEtag(), row.get("etag"));
    assertEquals(stored.getParentId(), row.get("parent_id"));
  }

  @Test
  void jdbcEscapeAndSchemaQualifiedNamesWork() throws SQLException {
    String project = newProject();
    Map<String, Object> a = call("{call create_folder('" + project + "', 'escaped')}");
    Map<String, Object> b = call("/* a comment */ call SYNAPSE.Create_Folder('" + project + "', 'qualified')");
    assertEquals(project, rest.entities().get((String) a.get("id")).getParentId());
    assertEquals("qualified", rest.entities().get((String) b.get("id")).getName());
  }

  @Test
  void preparingRunsNothingAndEachExecutionRunsOnce() throws SQLException {
    String project = newProject();
    try (PreparedStatement ps = connection.prepareStatement("CALL create_folder(?, ?, ?)")) {
      ParameterMetaData pmd = ps.getParameterMetaData();
      assertEquals(3, pmd.getParameterCount());
      assertEquals(Types.VARCHAR, pmd.getParameterType(1));
      assertEquals(0, children(project).size(), "prepare must not run the procedure");
      ps.setString(1, project);
      ps.setString(2, "first");
      ps.setNull(3, Types.VARCHAR);
      try (ResultSet rs = ps.executeQuery()) {
        assertEquals("first", single(rs).get("name"));
      }
      ps.setString(2, "second");
      ps.setString(3, "with description");
      assertTrue(ps.execute());
      try (ResultSet rs = ps.getResultSet()) {
        assertEquals("second", single(rs).get("name"));
      }
      assertEquals(-1, ps.getUpdateCount());
    }
    assertEquals(List.of("first", "second"), children(project));
  }

  @Test
  void literalsAndParametersMix() throws SQLException {
    String project = newProject();
    try (PreparedStatement ps = connection.prepareStatement("{call create_folder('" + project + "', ?)}")) {
      assertEquals(1, ps.getParameterMetaData().getParameterCount());
      ps.setString(1, "mixed");
      try (ResultSet rs = ps.executeQuery()) {
        assertEquals(project, single(rs).get("parent_id"));
      }
    }
  }

  @Test
  void prepareCallTakesInParameters() throws SQLException {
    String project = newProject();
    try (CallableStatement cs = connection.prepareCall("{call create_folder(?, ?)}")) {
      cs.setString(1, project);
      cs.setString(2, "callable");
      try (ResultSet rs = cs.executeQuery()) {
        Map<String, Object> row = single(rs);
        assertEquals("folder", row.get("entity_type"));
        Folder f = rest.entities().get((String) row.get("id"), Folder.class);
        assertEquals("callable", f.getName());
      }
    }
  }

  @Test
  void resultSetMetadataNamesTheDocumentedColumns() throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("CALL delete_entity(?)")) {
      var md = ps.getMetaData();
      assertEquals(7, md.getColumnCount());
      assertEquals("id", md.getColumnLabel(1));
      assertEquals("version_number", md.getColumnLabel(5));
      assertEquals(Types.BIGINT, md.getColumnType(5));
    }
  }

  @Test
  void unknownProcedureIsRefusedWithTheList() {
    SQLException e = assertThrows(SQLException.class, () -> call("CALL make_coffee('x')"));
    assertEquals("42883", e.getSQLState());
    assertTrue(e.getMessage().contains("make_coffee") && e.getMessage().contains("store_file"), e.getMessage());
    SQLException other = assertThrows(SQLException.class, () -> call("CALL other.create_project('x')"));
    assertEquals("42883", other.getSQLState());
  }

  @Test
  void wrongArgumentCountNamesTheSignature() throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("CALL create_folder(?)")) {
      ps.setString(1, "syn1");
      SQLException e = assertThrows(SQLException.class, ps::executeQuery);
      assertEquals("42883", e.getSQLState());
      assertTrue(e.getMessage().contains("create_folder takes 2 to 3 arguments (parent, name [, description]), "
          + "not 1"), e.getMessage());
    }
  }

  @Test
  void onlyLiteralsAndParametersAreArguments() {
    SQLException e = assertThrows(SQLException.class, () -> call("CALL create_project(UPPER('x'))"));
    assertEquals("0A000", e.getSQLState());
    SQLException syntax = assertThrows(SQLException.class, () -> call("CALL create_project('x'"));
    assertEquals("42601", syntax.getSQLState());
  }

  @Test
  void missingRequiredValueIsADataError() throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("CALL create_project(?)")) {
      ps.setNull(1, Types.VARCHAR);
      SQLException e = assertThrows(SQLException.class, ps::executeQuery);
      assertEquals("22023", e.getSQLState());
      assertTrue(e.getMessage().contains("'name'"), e.getMessage());
    }
  }

  @Test
  void executeUpdateIsLenient() throws SQLException {
    try (Statement s = connection.createStatement()) {
      assertEquals(-1, s.executeUpdate("CALL create_project('" + unique("Update Call") + "')"));
    }
  }

  @Test
  void ordinaryQueriesStillWork() throws SQLException {
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT 1 + 1")) {
      assertTrue(rs.next());
      assertEquals(2, rs.getInt(1));
      assertFalse(rs.next());
    }
  }

  static List<String> children(String parent) {
    List<String> names = new java.util.ArrayList<>();
    rest.entities().children(parent, List.of(org.synapsejdbc.client.model.EntityType.folder))
        .forEachRemaining(h -> names.add(h.getName()));
    names.sort(null);
    return names;
  }
}
