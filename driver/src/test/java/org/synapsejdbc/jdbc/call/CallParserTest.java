package org.synapsejdbc.jdbc.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.apache.calcite.config.CalciteConnectionConfig;
import org.apache.calcite.config.CalciteConnectionConfigImpl;
import org.junit.jupiter.api.Test;

/** How CALL statements are recognized and parsed, with the driver's default lexical policy. */
class CallParserTest {
  private static final CalciteConnectionConfig MYSQL_ANSI = config("MYSQL_ANSI");

  @Test
  void recognizesCallsOnly() {
    for (String sql : List.of("CALL p()", "  call p()", "{call p(?)}", "{ CALL p }", "-- note\nCALL p()",
        "/* c */ CaLl p()")) {
      assertTrue(CallParser.isCall(sql), sql);
    }
    for (String sql : List.of("SELECT 'CALL p()'", "callx()", "CALLS p()", "/* CALL */ SELECT 1", "")) {
      assertFalse(CallParser.isCall(sql), sql);
    }
  }

  @Test
  void literalsKeepTheirValuesAndParametersTheirIndexes() throws SQLException {
    ParsedCall call = CallParser.parse("CALL synapse.set_annotation('syn1', ?, -5, 1.50, TRUE, NULL, 'it''s', ?)",
        MYSQL_ANSI);
    assertEquals("synapse", call.schema());
    assertEquals("set_annotation", call.name());
    assertEquals(Arrays.asList(CallArg.literal("syn1"), CallArg.parameter(0), CallArg.literal(new BigDecimal("-5")),
        CallArg.literal(new BigDecimal("1.50")), CallArg.literal(true), CallArg.literal(null),
        CallArg.literal("it's"), CallArg.parameter(1)), call.args());
    assertEquals(2, call.parameterCount());
  }

  @Test
  void jdbcEscapeAndQuotedNames() throws SQLException {
    ParsedCall call = CallParser.parse("{call \"Create_Project\"(?)}", MYSQL_ANSI);
    assertNull(call.schema());
    assertEquals("Create_Project", call.name());
  }

  @Test
  void refusesExpressionsAndDeepNames() {
    assertEquals("0A000", assertThrows(SQLException.class,
        () -> CallParser.parse("CALL p(1 + 1)", MYSQL_ANSI)).getSQLState());
    assertEquals("42601", assertThrows(SQLException.class,
        () -> CallParser.parse("CALL a.b.c(1)", MYSQL_ANSI)).getSQLState());
    assertEquals("42601", assertThrows(SQLException.class,
        () -> CallParser.parse("CALL p(", MYSQL_ANSI)).getSQLState());
  }

  private static CalciteConnectionConfig config(String lex) {
    Properties p = new Properties();
    p.setProperty("lex", lex);
    return new CalciteConnectionConfigImpl(p);
  }
}
