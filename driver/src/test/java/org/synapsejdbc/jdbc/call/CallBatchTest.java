package org.synapsejdbc.jdbc.call;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.synapsejdbc.jdbc.call.CallStatementTest.children;

import java.sql.BatchUpdateException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CALLs in JDBC batches run once per batch entry (Calcite's own batch would run none of them). */
class CallBatchTest extends CallTestBase {
  @Test
  void preparedCallBatchRunsEachParameterSet() throws SQLException {
    String project = newProject();
    try (PreparedStatement ps = connection.prepareStatement("CALL create_folder(?, ?)")) {
      for (String name : List.of("a", "b", "c")) {
        ps.setString(1, project);
        ps.setString(2, name);
        ps.addBatch();
      }
      assertEquals(List.of(), children(project), "adding to a batch runs nothing");
      assertArrayEquals(new int[] {Statement.SUCCESS_NO_INFO, Statement.SUCCESS_NO_INFO, Statement.SUCCESS_NO_INFO},
          ps.executeBatch());
    }
    assertEquals(List.of("a", "b", "c"), children(project));
  }

  @Test
  void statementBatchOfCallsRunsEachInTurn() throws SQLException {
    String project = newProject();
    try (Statement s = connection.createStatement()) {
      s.addBatch("CALL create_folder('" + project + "', 'x')");
      s.addBatch("{call create_folder('" + project + "', 'y')}");
      assertArrayEquals(new int[] {Statement.SUCCESS_NO_INFO, Statement.SUCCESS_NO_INFO}, s.executeBatch());
    }
    assertEquals(List.of("x", "y"), children(project));
    try (Statement s = connection.createStatement()) {
      s.addBatch("CALL create_folder('" + project + "', 'z')");
      s.addBatch("CALL create_folder('" + project + "', 'x')");
      SQLException e = assertThrows(SQLException.class, s::executeBatch);
      assertInstanceOf(BatchUpdateException.class, e);
      assertEquals("40002", e.getSQLState(), e.getMessage());
    }
    assertEquals(List.of("x", "y", "z"), children(project));
  }

  @Test
  void aFailingCallStopsTheBatchWithItsSqlState() throws SQLException {
    String project = newProject();
    try (PreparedStatement ps = connection.prepareStatement("CALL create_folder(?, ?)")) {
      ps.setString(1, project);
      ps.setString(2, "same");
      ps.addBatch();
      ps.addBatch();
      SQLException e = assertThrows(SQLException.class, ps::executeBatch);
      assertInstanceOf(BatchUpdateException.class, e);
      assertEquals("40002", e.getSQLState(), e.getMessage());
    }
    assertEquals(List.of("same"), children(project));
  }

  @Test
  void callsMixedWithOtherStatementsAreRefused() throws SQLException {
    String project = newProject();
    try (Statement s = connection.createStatement()) {
      s.addBatch("CALL create_folder('" + project + "', 'never')");
      s.addBatch("DELETE FROM " + project + " WHERE 1 = 0");
      SQLException e = assertThrows(SQLException.class, s::executeBatch);
      assertInstanceOf(BatchUpdateException.class, e);
      assertEquals("0A000", e.getSQLState(), e.getMessage());
    }
    assertEquals(List.of(), children(project), "nothing of a refused batch runs");
  }
}
