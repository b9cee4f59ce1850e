package org.synapsejdbc.jdbc.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a CALL creates or deletes shows at once, within the 60 s catalog cache TTL, in the calling connection and in
 * another connection of the same user whose caches were filled before the call.
 */
class CatalogAfterCallTest extends CallTestBase {
  private static final String COLUMNS = "[{\"name\":\"a\",\"columnType\":\"STRING\",\"maximumSize\":20}]";

  @Test
  void newProjectAndItsTablesResolveAndListAtOnce() throws Exception {
    String name = unique("fresh");
    try (Connection other = connect(server.user1Token())) {
      // Fill both connections' caches: the project list and (below) the project's table listing.
      assertFalse(schemas(connection).contains(name));
      assertFalse(schemas(other).contains(name));

      String project = (String) call("CALL create_project('" + name + "')").get("id");
      assertTrue(schemas(connection).contains(name), "calling connection lists the new project");
      assertTrue(schemas(other).contains(name), "second connection lists the new project");
      assertEquals(List.of(), tables(other, name));
      assertThrows(SQLException.class, () -> count(connection, name, "t"));

      call("CALL create_table('" + project + "', 't', '" + COLUMNS + "')");
      assertEquals(0, count(connection, name, "t"), "calling connection resolves the new table");
      assertEquals(0, count(other, name, "t"), "second connection resolves the new table");
      assertEquals(List.of("t"), tables(other, name));

      String folder = (String) call("CALL create_folder('" + project + "', 'Data')").get("id");
      call("CALL create_table('" + folder + "', 'deep', '" + COLUMNS + "')");
      assertEquals(0, count(other, name, "Data/deep"), "a table in a new folder resolves by its path");
      assertEquals(List.of("Data/deep", "t"), tables(connection, name));
    }
  }

  @Test
  void tablesCreatedInAFolderListedBeforeShowAtOnce() throws Exception {
    String name = unique("folders");
    String project = (String) call("CALL create_project('" + name + "')").get("id");
    String folder = (String) call("CALL create_folder('" + project + "', 'Results')").get("id");
    call("CALL create_table('" + folder + "', 'first', '" + COLUMNS + "')");
    try (Connection other = connect(server.user1Token())) {
      assertEquals(List.of("Results/first"), tables(other, name));
      call("CALL create_table('" + folder + "', 'second', '" + COLUMNS + "')");
      assertEquals(List.of("Results/first", "Results/second"), tables(other, name));
    }
  }

  @Test
  void deletedTablesAndProjectsDisappearAtOnce() throws Exception {
    String name = unique("doomed");
    String project = (String) call("CALL create_project('" + name + "')").get("id");
    String table = (String) call("CALL create_table('" + project + "', 'gone', '" + COLUMNS + "')").get("id");
    try (Connection other = connect(server.user1Token())) {
      assertEquals(0, count(other, name, "gone"));
      call("CALL delete_entity('" + table + "')");
      assertEquals(List.of(), tables(other, name));
      assertThrows(SQLException.class, () -> count(other, name, "gone"));
      assertThrows(SQLException.class, () -> count(other, "synapse", table), "the id no longer resolves either");

      call("CALL delete_entity('" + project + "')");
      assertFalse(schemas(other).contains(name), "second connection no longer lists the project");
      assertFalse(schemas(connection).contains(name), "calling connection no longer lists the project");
    }
  }

  @Test
  void aSnapshotMadeByCallResolvesAtOnce() throws Exception {
    String project = (String) call("CALL create_project('" + unique("snap") + "')").get("id");
    String table = (String) call("CALL create_table('" + project + "', 's', '" + COLUMNS + "')").get("id");
    try (Connection other = connect(server.user1Token())) {
      // A snapshot freezes version 1 and opens version 2, which did not exist (and was cached as missing) before.
      assertThrows(SQLException.class, () -> count(other, "synapse", table + ".2"));
      Object version = call("CALL create_snapshot('" + table + "')").get("version_number");
      assertEquals(2L, ((Number) version).longValue());
      assertEquals(0, count(other, "synapse", table + ".2"));
      assertEquals(0, count(other, "synapse", table + ".1"));
    }
  }

  private static List<String> schemas(Connection c) throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet rs = c.getMetaData().getSchemas()) {
      while (rs.next()) {
        names.add(rs.getString("TABLE_SCHEM"));
      }
    }
    return names;
  }

  private static List<String> tables(Connection c, String schema) throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet rs = c.getMetaData().getTables(null, schema.replace("_", "\\_"), "%", null)) {
      while (rs.next()) {
        names.add(rs.getString("TABLE_NAME"));
      }
    }
    names.sort(null);
    return names;
  }

  private static long count(Connection c, String schema, String table) throws SQLException {
    try (Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"" + schema + "\".\"" + table + "\"")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
