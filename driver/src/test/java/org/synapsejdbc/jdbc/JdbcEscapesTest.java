package org.synapsejdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import org.junit.jupiter.api.Test;
import org.synapsejdbc.jdbc.wrap.JdbcEscapes;

class JdbcEscapesTest {
  @Test
  void callBecomesCall() throws SQLException {
    assertEquals("CALL create_version(?, 'x')", JdbcEscapes.rewrite("{call create_version(?, 'x')}"));
  }

  @Test
  void outerJoinEscapeIsUnwrapped() throws SQLException {
    assertEquals("SELECT * FROM  a LEFT JOIN b ON a.id = b.id",
        JdbcEscapes.rewrite("SELECT * FROM {oj a LEFT JOIN b ON a.id = b.id}"));
  }

  @Test
  void calciteNativeEscapesStay() throws SQLException {
    String sql = "SELECT {fn UCASE('a')}, {d '2020-01-02'}, {ts '2020-01-02 03:04:05'}";
    assertEquals(sql, JdbcEscapes.rewrite(sql));
  }

  @Test
  void nestedEscapes() throws SQLException {
    assertEquals("SELECT * FROM  a LEFT JOIN b ON {fn UCASE(a.x)} = b.y",
        JdbcEscapes.rewrite("SELECT * FROM {oj a LEFT JOIN b ON {fn UCASE(a.x)} = b.y}"));
  }

  @Test
  void likeEscapeAndLimit() throws SQLException {
    assertEquals("SELECT * FROM t WHERE n LIKE 'a!_%' ESCAPE '!' LIMIT 5",
        JdbcEscapes.rewrite("SELECT * FROM t WHERE n LIKE 'a!_%' {escape '!'} {limit 5}"));
  }

  @Test
  void bracesInLiteralsIdentifiersAndCommentsAreKept() throws SQLException {
    String sql = "SELECT '{call x}', \"{oj}\" FROM t -- {call y}\n/* {oj z} */";
    assertEquals(sql, JdbcEscapes.rewrite(sql));
  }

  @Test
  void returnValueCallIsRefused() {
    assertThrows(SQLFeatureNotSupportedException.class, () -> JdbcEscapes.rewrite("{? = call f(?)}"));
  }

  @Test
  void unbalancedBraceIsRefused() {
    SQLException e = assertThrows(SQLException.class, () -> JdbcEscapes.rewrite("{call f(1)"));
    assertEquals("42000", e.getSQLState());
  }
}
