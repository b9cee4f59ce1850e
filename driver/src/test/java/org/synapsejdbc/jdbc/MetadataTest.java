package org.synapsejdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.jdbc.CalciteConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Metadata and connection behaviour as SQL tools see it, through real {@link DriverManager} connections. */
class MetadataTest {
  private Connection connection;
  private DatabaseMetaData md;

  @BeforeEach
  void open() throws SQLException {
    connection = DriverManager.getConnection("jdbc:synapse://localhost:9?queryTimeout=7");
    md = connection.getMetaData();
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  @Test
  void autocommitIsOnAndCommitRollbackAreHarmless() throws SQLException {
    assertTrue(connection.getAutoCommit());
    connection.commit();
    connection.rollback();
    connection.setAutoCommit(false);
    assertFalse(connection.getAutoCommit());
    connection.commit();
    connection.rollback();
    assertFalse(md.supportsTransactions());
  }

  @Test
  void thereAreNoCatalogs() throws SQLException {
    assertEquals(List.of(), rows(md.getCatalogs(), "TABLE_CAT"));
    assertEquals(List.of(), rows(md.getTables("phantom", null, "%", null), "TABLE_NAME"));
    assertEquals(List.of(), rows(md.getSchemas("phantom", null), "TABLE_SCHEM"));
    assertEquals(List.of("samples"), rows(md.getTables("", "testdata", "%", null), "TABLE_NAME"));
  }

  @Test
  void calciteMetadataSchemaIsHidden() throws SQLException {
    // testdata (test installer) and synapse (the catalog's system schema; no projects: nothing answers on port 9
    // and anonymous connections list none), but never Calcite's own "metadata".
    assertEquals(List.of("synapse", "testdata"), rows(md.getSchemas(), "TABLE_SCHEM"));
    assertEquals(List.of(), rows(md.getSchemas(null, "metadata"), "TABLE_SCHEM"));
    assertEquals(List.of(), rows(md.getTables(null, "metadata", "%", null), "TABLE_NAME"));
    assertEquals(List.of(), rows(md.getColumns(null, "metadata", "%", "%"), "COLUMN_NAME"));
  }

  @Test
  void tablesHaveNoCatalogAndTheirType() throws SQLException {
    try (ResultSet rs = md.getTables(null, null, "sam%", new String[] {"TABLE"})) {
      assertTrue(rs.next());
      assertNull(rs.getString("TABLE_CAT"));
      assertEquals("testdata", rs.getString("TABLE_SCHEM"));
      assertEquals("samples", rs.getString("TABLE_NAME"));
      assertEquals("TABLE", rs.getString("TABLE_TYPE"));
      assertFalse(rs.next());
    }
    assertEquals(List.of(), rows(md.getTables(null, null, "%", new String[] {"VIEW"}), "TABLE_NAME"));
  }

  @Test
  void columnsHaveBareTypeNames() throws SQLException {
    List<String> described = new ArrayList<>();
    try (ResultSet rs = md.getColumns(null, "testdata", "samples", "%")) {
      while (rs.next()) {
        assertNull(rs.getString("TABLE_CAT"));
        described.add(rs.getInt("ORDINAL_POSITION") + " " + rs.getString("COLUMN_NAME") + " "
            + rs.getString("TYPE_NAME") + " " + rs.getInt("DATA_TYPE") + " " + rs.getObject("COLUMN_SIZE") + " "
            + rs.getString("IS_NULLABLE") + " " + rs.getInt("NULLABLE"));
      }
    }
    assertEquals(List.of(
        "1 id BIGINT " + Types.BIGINT + " 19 NO 0",
        "2 name VARCHAR " + Types.VARCHAR + " 100 YES 1",
        "3 tags VARCHAR ARRAY " + Types.ARRAY + " null YES 1",
        "4 created TIMESTAMP " + Types.TIMESTAMP + " null YES 1",
        "5 score DOUBLE " + Types.DOUBLE + " 15 YES 1"), described);
  }

  @Test
  void columnPatternFilters() throws SQLException {
    assertEquals(List.of("created"), rows(md.getColumns(null, null, "samples", "cr%"), "COLUMN_NAME"));
  }

  @Test
  void typeInfoListsSynapseTypesOnly() throws SQLException {
    assertEquals(List.of("BIGINT", "DOUBLE", "VARCHAR", "BOOLEAN", "TIMESTAMP", "ARRAY"),
        rows(md.getTypeInfo(), "TYPE_NAME"));
  }

  @Test
  void primaryKeyComesFromTheTablesDeclaredKey() throws SQLException {
    try (ResultSet rs = md.getPrimaryKeys(null, "testdata", "samples")) {
      assertTrue(rs.next());
      assertEquals("id", rs.getString("COLUMN_NAME"));
      assertEquals(1, rs.getShort("KEY_SEQ"));
      assertEquals("samples", rs.getString("TABLE_NAME"));
      assertFalse(rs.next());
    }
    assertEquals(List.of("id"), rows(md.getPrimaryKeys(null, null, "samples"), "COLUMN_NAME"));
    assertEquals(List.of(), rows(md.getPrimaryKeys(null, "testdata", "sam%"), "COLUMN_NAME"));
  }

  @Test
  void proceduresComeFromTheRegistry() throws SQLException {
    assertTrue(md.supportsStoredProcedures());
    // Every schema's procedures: the test installer's and the built-in ones, each under its own schema.
    List<String> all = new ArrayList<>();
    try (ResultSet rs = md.getProcedures(null, null, "%")) {
      while (rs.next()) {
        all.add(rs.getString("PROCEDURE_SCHEM") + "." + rs.getString("PROCEDURE_NAME"));
      }
    }
    assertTrue(all.contains("testdata.touch"), all::toString);
    assertTrue(all.contains("synapse.create_project"), all::toString);
    try (ResultSet rs = md.getProcedures(null, "testdata", "%")) {
      assertTrue(rs.next());
      assertEquals("testdata", rs.getString("PROCEDURE_SCHEM"));
      assertEquals("touch", rs.getString("PROCEDURE_NAME"));
      assertEquals("Marks an entity as touched", rs.getString("REMARKS"));
      assertEquals(DatabaseMetaData.procedureReturnsResult, rs.getShort("PROCEDURE_TYPE"));
      assertFalse(rs.next());
    }
    List<String> columns = new ArrayList<>();
    try (ResultSet rs = md.getProcedureColumns(null, "testdata", "touch", "%")) {
      while (rs.next()) {
        columns.add(rs.getString("COLUMN_NAME") + " " + rs.getShort("COLUMN_TYPE") + " " + rs.getString("TYPE_NAME")
            + " " + rs.getInt("ORDINAL_POSITION"));
      }
    }
    assertEquals(List.of("entityId " + DatabaseMetaData.procedureColumnIn + " VARCHAR 1",
        "status " + DatabaseMetaData.procedureColumnResult + " VARCHAR 0"), columns);
    assertEquals(List.of(), rows(md.getProcedures(null, null, "nope%"), "PROCEDURE_NAME"));
    assertEquals(List.of(), rows(md.getProcedures(null, "synapse", "touch"), "PROCEDURE_NAME"));
  }

  @Test
  void lowerCaseNamesWorkUnquotedAndCaseInsensitively() throws SQLException {
    try (ResultSet rs = connection.createStatement().executeQuery("SELECT NAME FROM TestData.Samples WHERE ID = 3")) {
      assertTrue(rs.next());
      assertEquals("Beta", rs.getString(1));
    }
  }

  @Test
  void nullsSortFirstAscendingAsInSynapse() throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet rs = connection.createStatement().executeQuery("SELECT name FROM testdata.samples ORDER BY name")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    assertNull(names.get(0));
  }

  @Test
  void prepareCallRunsWithInParameters() throws SQLException {
    try (CallableStatement cs = connection.prepareCall("SELECT name FROM testdata.samples WHERE id = ?")) {
      cs.setLong(1, 1L);
      try (ResultSet rs = cs.executeQuery()) {
        assertTrue(rs.next());
        assertEquals("alpha", rs.getString(1));
        assertSame(cs, rs.getStatement());
      }
      assertThrows(SQLFeatureNotSupportedException.class, () -> cs.registerOutParameter(1, Types.VARCHAR));
      assertThrows(SQLFeatureNotSupportedException.class, () -> cs.setString("id", "x"));
      assertSame(connection, cs.getConnection());
    }
  }

  @Test
  void nativeSqlRewritesJdbcEscapes() throws SQLException {
    assertEquals("CALL touch(?)", connection.nativeSQL("{call touch(?)}"));
    assertEquals("SELECT 1", connection.nativeSQL("SELECT 1"));
  }

  @Test
  void escapesWorkInStatements() throws SQLException {
    try (ResultSet rs = connection.createStatement().executeQuery(
        "SELECT COUNT(*) FROM {oj testdata.samples s LEFT JOIN testdata.samples t ON s.id = t.id} {limit 1}")) {
      assertTrue(rs.next());
      assertEquals(4, rs.getInt(1));
    }
  }

  @Test
  void generatedKeysVariantsPrepareAndReturnNoKeys() throws SQLException {
    for (PreparedStatement ps : List.of(
        connection.prepareStatement("SELECT id FROM testdata.samples", Statement.RETURN_GENERATED_KEYS),
        connection.prepareStatement("SELECT id FROM testdata.samples", new int[] {1}),
        connection.prepareStatement("SELECT id FROM testdata.samples", new String[] {"id"}))) {
      try (ps) {
        assertTrue(ps.execute());
        try (ResultSet keys = ps.getGeneratedKeys()) {
          assertFalse(keys.next());
          assertEquals(0, keys.getMetaData().getColumnCount());
        }
      }
    }
    try (Statement s = connection.createStatement()) {
      assertTrue(s.execute("SELECT id FROM testdata.samples", Statement.RETURN_GENERATED_KEYS));
      assertFalse(s.getGeneratedKeys().next());
    }
    SQLException e = assertThrows(SQLException.class, () -> connection.prepareStatement("SELECT 1", 42));
    assertEquals("HY092", e.getSQLState());
  }

  @Test
  void everyPathLeadsBackToTheUsersConnection() throws SQLException {
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("VALUES 1")) {
      assertSame(connection, s.getConnection());
      assertSame(s, rs.getStatement());
    }
    assertSame(connection, md.getConnection());
    assertTrue(connection.isWrapperFor(CalciteConnection.class));
    CalciteConnection calcite = connection.unwrap(CalciteConnection.class);
    assertTrue(calcite.getRootSchema().subSchemas().getNames(
        org.apache.calcite.schema.lookup.LikePattern.any()).contains("testdata"));
  }

  @Test
  void defaultQueryTimeoutApplies() throws SQLException {
    try (Statement s = connection.createStatement();
         PreparedStatement ps = connection.prepareStatement("VALUES 1")) {
      assertEquals(7, s.getQueryTimeout());
      assertEquals(7, ps.getQueryTimeout());
    }
  }

  @Test
  void walksTheCallsOfDbeaversNavigator() throws SQLException {
    assertFalse(md.supportsCatalogsInTableDefinitions());
    assertFalse(md.supportsCatalogsInDataManipulation());
    assertTrue(md.supportsSchemasInTableDefinitions());
    assertFalse(md.getSQLKeywords().isEmpty());
    assertEquals(List.of(), rows(md.getCatalogs(), "TABLE_CAT"));
    assertEquals(List.of("synapse", "testdata"), rows(md.getSchemas(null, "%"), "TABLE_SCHEM"));
    assertTrue(rows(md.getTableTypes(), "TABLE_TYPE").contains("TABLE"));
    assertEquals(List.of("samples"), rows(md.getTables(null, "testdata", "%", new String[] {"TABLE", "VIEW"}),
        "TABLE_NAME"));
    assertEquals(List.of("id", "name", "tags", "created", "score"),
        rows(md.getColumns(null, "testdata", "samples", "%"), "COLUMN_NAME"));
    assertEquals(List.of("id"), rows(md.getPrimaryKeys(null, "testdata", "samples"), "COLUMN_NAME"));
    assertEquals(List.of(), rows(md.getImportedKeys(null, "testdata", "samples"), "PKCOLUMN_NAME"));
    assertEquals(List.of(), rows(md.getExportedKeys(null, "testdata", "samples"), "PKCOLUMN_NAME"));
    assertEquals(List.of(), rows(md.getIndexInfo(null, "testdata", "samples", false, true), "INDEX_NAME"));
    assertEquals(List.of("touch"), rows(md.getProcedures(null, "testdata", "%"), "PROCEDURE_NAME"));
    // The schemas' own functions (synapse's table functions, then testdata's), not Calcite's operator table.
    assertEquals(List.of("query", "read_file", "double_it"), rows(md.getFunctions(null, null, "%"), "FUNCTION_NAME"));
    assertEquals(List.of("double_it"), rows(md.getFunctions(null, "testdata", "%"), "FUNCTION_NAME"));
    try (Statement s = connection.createStatement()) {
      s.setMaxRows(200);
      try (ResultSet rs = s.executeQuery("SELECT * FROM testdata.samples")) {
        assertEquals("tags", rs.getMetaData().getColumnName(3));
        assertEquals(Types.ARRAY, rs.getMetaData().getColumnType(3));
        int n = 0;
        while (rs.next()) {
          n++;
        }
        assertEquals(4, n);
      }
      try (ResultSet rs = s.executeQuery("SELECT testdata.double_it(id) FROM testdata.samples WHERE id = 2")) {
        assertTrue(rs.next());
        assertEquals(4, rs.getLong(1));
      }
    }
  }

  private static List<String> rows(ResultSet rs, String column) throws SQLException {
    List<String> values = new ArrayList<>();
    try (rs) {
      while (rs.next()) {
        values.add(rs.getString(column));
      }
    }
    return values;
  }
}
