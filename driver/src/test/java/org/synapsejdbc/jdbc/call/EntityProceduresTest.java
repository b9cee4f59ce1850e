package org.synapsejdbc.jdbc.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.synapsejdbc.client.error.SynapseNotFoundException;
import org.synapsejdbc.client.model.Folder;
import org.synapsejdbc.local.http.Scope;

/** create_project, create_folder and delete_entity, and how their failures surface as SQLExceptions. */
class EntityProceduresTest extends CallTestBase {

  @Test
  void createFolderInAFolderAndDeleteIt() throws SQLException {
    String project = newProject();
    Map<String, Object> outer = call("CALL create_folder('" + project + "', 'outer', 'the outer folder')");
    Map<String, Object> inner = call("CALL create_folder('" + outer.get("id") + "', 'inner')");
    Folder stored = rest.entities().get((String) inner.get("id"), Folder.class);
    assertEquals(outer.get("id"), stored.getParentId());
    assertEquals("the outer folder", rest.entities().get((String) outer.get("id")).getDescription());

    Map<String, Object> deleted = call("CALL delete_entity('" + outer.get("id") + "')");
    assertEquals("trashed", deleted.get("action"));
    assertEquals("outer", deleted.get("name"));
    assertEquals("folder", deleted.get("entity_type"));
    assertThrows(SynapseNotFoundException.class, () -> rest.entities().get((String) outer.get("id")));
    assertThrows(SynapseNotFoundException.class, () -> rest.entities().get((String) inner.get("id")));
  }

  @Test
  void numericIdsAreAccepted() throws SQLException {
    String project = newProject();
    Map<String, Object> row = call("CALL create_folder(" + project.substring(3) + ", 'numeric parent')");
    assertEquals(project, row.get("parent_id"));
  }

  @Test
  void nameClashIsAConflictWithSynapsesReason() throws SQLException {
    String project = newProject();
    call("CALL create_folder('" + project + "', 'twice')");
    SQLException e = assertThrows(SQLException.class, () -> call("CALL create_folder('" + project + "', 'twice')"));
    assertEquals("40002", e.getSQLState());
    assertTrue(e.getMessage().contains("An entity with the name: twice already exists with a parentId: "
        + project), e.getMessage());
    assertEquals(1, CallStatementTest.children(project).size());

    String name = unique("Clash");
    call("CALL create_project('" + name + "')");
    SQLException p = assertThrows(SQLException.class, () -> call("CALL create_project('" + name + "')"));
    assertEquals("40002", p.getSQLState());
  }

  @Test
  void malformedIdIsADataErrorAndNothingIsSent() {
    server.requestLog().reset();
    SQLException e = assertThrows(SQLException.class, () -> call("CALL create_folder('project-1', 'x')"));
    assertEquals("22023", e.getSQLState());
    assertTrue(e.getMessage().contains("parameter 'parent' must be a Synapse id like syn123, not 'project-1'"),
        e.getMessage());
    assertEquals(0, server.requestLog().count("POST /repo/v1/entity"));
  }

  @Test
  void missingEntityIsNotFound() {
    SQLException e = assertThrows(SQLException.class, () -> call("CALL delete_entity('syn999999999')"));
    assertEquals("42704", e.getSQLState());
    assertTrue(e.getMessage().contains("syn999999999"), e.getMessage());
  }

  @Test
  void anotherUsersProjectIsAPermissionError() throws SQLException {
    String project = newProject();
    try (Connection user2 = connect(server.user2Token())) {
      SQLException e = assertThrows(SQLException.class,
          () -> single(user2.createStatement().executeQuery("CALL create_folder('" + project + "', 'intruder')")));
      assertEquals("42501", e.getSQLState());
    }
    assertEquals(List.of(), CallStatementTest.children(project));
  }

  @Test
  void tokenWithoutModifyScopeIsAnAuthorizationError() throws SQLException {
    String viewOnly = server.createToken(3400001L, EnumSet.of(Scope.VIEW));
    try (Connection c = connect(viewOnly)) {
      SQLException e = assertThrows(SQLException.class,
          () -> single(c.createStatement().executeQuery("CALL create_project('" + unique("No Scope") + "')")));
      assertEquals("28000", e.getSQLState());
      assertTrue(e.getMessage().contains("modify"), e.getMessage());
    }
  }

  @Test
  void invalidTokenIsAnAuthorizationError() throws SQLException {
    try (Connection c = connect("not-a-valid-token")) {
      SQLException e = assertThrows(SQLException.class,
          () -> single(c.createStatement().executeQuery("CALL create_project('" + unique("Bad Token") + "')")));
      assertEquals("28000", e.getSQLState());
      assertTrue(e.getMessage().contains("Invalid access token"), e.getMessage());
      assertTrue(!e.getMessage().contains("not-a-valid-token"), "the token must not be echoed");
    }
  }

  @Test
  void unreachableServerIsAConnectionError() throws Exception {
    int port;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    java.util.Properties p = new java.util.Properties();
    p.setProperty("authToken", server.user1Token());
    p.setProperty("maxRetries", "0");
    try (Connection c = java.sql.DriverManager.getConnection("jdbc:synapse://localhost:" + port, p)) {
      SQLException e = assertThrows(SQLException.class,
          () -> single(c.createStatement().executeQuery("CALL create_project('" + unique("Nowhere") + "')")));
      assertEquals("08S01", e.getSQLState());
    }
  }
}
