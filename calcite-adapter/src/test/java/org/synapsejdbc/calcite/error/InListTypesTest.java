package org.synapsejdbc.calcite.error;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.calcite.avatica.AvaticaClientRuntimeException;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** IN lists that mix BOOLEAN with text or numbers are refused from the parse tree, anywhere in the statement. */
class InListTypesTest {
  private static SqlNode parse(String sql) throws SqlParseException {
    return SqlParser.create(sql).parseStmt();
  }

  @ParameterizedTest
  @ValueSource(strings = {"SELECT a FROM t WHERE n IN ('a', TRUE)", "SELECT a FROM t WHERE n NOT IN (FALSE, 1.5)",
      "SELECT a FROM t WHERE n IN (SELECT n FROM u WHERE m IN (1, TRUE, NULL))",
      "UPDATE t SET a = 1 WHERE b IN ('x', FALSE)", "SELECT CASE WHEN n IN (TRUE, 'y') THEN 1 END FROM t"})
  void mixedListsAreRefused(String sql) throws Exception {
    SqlNode parsed = parse(sql);
    AvaticaClientRuntimeException e = assertThrows(AvaticaClientRuntimeException.class,
        () -> InListTypes.check(parsed));
    assertEquals("42804", e.getSqlState());
    assertTrue(e.getMessage().contains("compatible types") && e.getMessage().contains("line 1"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"SELECT a FROM t WHERE n IN (1, 2.5, NULL)", "SELECT a FROM t WHERE f IN (TRUE, NULL)",
      "SELECT a FROM t WHERE s IN ('a', 'b')", "SELECT a FROM t WHERE n IN (SELECT m FROM u)",
      "SELECT a FROM t WHERE n IN (x, TRUE)"})
  void uniformListsPass(String sql) throws Exception {
    SqlNode parsed = parse(sql);
    assertDoesNotThrow(() -> InListTypes.check(parsed));
  }
}
