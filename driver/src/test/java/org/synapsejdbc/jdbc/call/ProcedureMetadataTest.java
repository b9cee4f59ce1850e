package org.synapsejdbc.jdbc.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The procedures as {@code getProcedures}/{@code getProcedureColumns} list them. */
class ProcedureMetadataTest extends CallTestBase {
  private static final List<String> ALL = List.of("create_file_view", "create_folder", "create_project",
      "create_snapshot", "create_table", "delete_entity", "download_file", "set_annotation", "set_annotations",
      "set_provenance", "store_file", "wait_for_view");

  @Test
  void everyProcedureIsListedWithADescription() throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet rs = connection.getMetaData().getProcedures(null, "synapse", "%")) {
      while (rs.next()) {
        names.add(rs.getString("PROCEDURE_NAME"));
        assertEquals("synapse", rs.getString("PROCEDURE_SCHEM"));
        assertFalse(rs.getString("REMARKS").isBlank());
        assertEquals(DatabaseMetaData.procedureReturnsResult, rs.getShort("PROCEDURE_TYPE"));
      }
    }
    assertEquals(ALL, names);
  }

  @Test
  void storeFileColumnsAreItsParametersThenItsResult() throws SQLException {
    List<String> rows = new ArrayList<>();
    try (ResultSet rs = connection.getMetaData().getProcedureColumns(null, "synapse", "store_file", "%")) {
      while (rs.next()) {
        rows.add(rs.getString("COLUMN_NAME") + " " + rs.getShort("COLUMN_TYPE") + " " + rs.getInt("DATA_TYPE")
            + " " + rs.getInt("ORDINAL_POSITION") + " " + rs.getString("IS_NULLABLE"));
        assertFalse(rs.getString("REMARKS").isBlank());
      }
    }
    int in = DatabaseMetaData.procedureColumnIn;
    int result = DatabaseMetaData.procedureColumnResult;
    assertEquals(List.of("parent " + in + " " + Types.VARCHAR + " 1 NO", "local_path " + in + " " + Types.VARCHAR
        + " 2 NO", "name " + in + " " + Types.VARCHAR + " 3 YES", "description " + in + " " + Types.VARCHAR
        + " 4 YES", "content_type " + in + " " + Types.VARCHAR + " 5 YES"), rows.subList(0, 5));
    assertTrue(rows.contains("version_number " + result + " " + Types.BIGINT + " 0 YES"), rows.toString());
    assertTrue(rows.contains("content_md5 " + result + " " + Types.VARCHAR + " 0 YES"), rows.toString());
  }

  @Test
  void resultColumnsOfTheListingMatchTheExecutedResultSet() throws SQLException {
    List<String> listed = new ArrayList<>();
    try (ResultSet rs = connection.getMetaData().getProcedureColumns(null, "synapse", "create_project", "%")) {
      while (rs.next()) {
        if (rs.getShort("COLUMN_TYPE") == DatabaseMetaData.procedureColumnResult) {
          listed.add(rs.getString("COLUMN_NAME"));
        }
      }
    }
    assertEquals(listed, new ArrayList<>(call("CALL create_project('" + unique("Listed") + "')").keySet()));
  }
}
