package org.synapsejdbc.calcite.dml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.apache.calcite.avatica.AvaticaClientRuntimeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The value rules of numeric and BOOLEAN columns: what is converted, and what is refused with which SQLState. */
class ColumnValuesTest {
  private static final String N = "n (INTEGER)";
  private static final String SCORE = "score (DOUBLE)";

  private static void refused(String state, String fragment, Executable call) {
    AvaticaClientRuntimeException e = assertThrows(AvaticaClientRuntimeException.class, call);
    assertEquals(state, e.getSqlState(), e.getMessage());
    assertTrue(e.getMessage().contains(fragment), e.getMessage());
    assertTrue(e.getMessage().contains("nothing was written"), e.getMessage());
  }

  @Test
  void integerColumnsTakeWholeNumbersAndNumericText() {
    assertEquals(42L, ColumnValues.toBigint("42", N));
    assertEquals(-7L, ColumnValues.toBigint(" -7 ", N));
    assertEquals(1000L, ColumnValues.toBigint("1e3", N));
    assertEquals(44L, ColumnValues.toBigint(new BigDecimal("44.000"), N));
    assertEquals(3L, ColumnValues.toBigint(3.0, N));
    assertEquals(5L, ColumnValues.toBigint(5, N));
    assertEquals(Long.MAX_VALUE, ColumnValues.toBigint(BigInteger.valueOf(Long.MAX_VALUE), N));
    assertEquals(Long.MIN_VALUE, ColumnValues.toBigint("-9223372036854775808", N));
    assertNull(ColumnValues.toBigint(null, N));
  }

  @Test
  void integerColumnsRefuseTextFractionsAndNumbersOutOfRange() {
    refused("22018", "'abc' into column n (INTEGER): it is not a number", () -> ColumnValues.toBigint("abc", N));
    refused("22018", "not a number", () -> ColumnValues.toBigint("", N));
    refused("22018", "not a number", () -> ColumnValues.toBigint("12abc", N));
    refused("22018", "not a number", () -> ColumnValues.toBigint("0x10", N));
    refused("22018", "not a whole number", () -> ColumnValues.toBigint(1.5, N));
    refused("22018", "not a whole number", () -> ColumnValues.toBigint("1.5", N));
    refused("22018", "not a whole number", () -> ColumnValues.toBigint(Double.NaN, N));
    refused("22018", "Boolean is not a number", () -> ColumnValues.toBigint(Boolean.TRUE, N));
    refused("22003", "64-bit", () -> ColumnValues.toBigint(1.5E300, N));
    refused("22003", "out of range", () -> ColumnValues.toBigint(Double.NEGATIVE_INFINITY, N));
    refused("22003", "out of range", () -> ColumnValues.toBigint("9223372036854775808", N));
    refused("22003", "out of range", () -> ColumnValues.toBigint(new BigDecimal("-1E19"), N));
  }

  @Test
  void doubleColumnsTakeNumbersNumericTextAndNonFiniteValues() {
    assertEquals(4.5, ColumnValues.toDouble("4.5", SCORE));
    assertEquals(0.001, ColumnValues.toDouble("1e-3", SCORE));
    assertEquals(3.0, ColumnValues.toDouble(3, SCORE));
    assertEquals(Double.NaN, ColumnValues.toDouble("NaN", SCORE));
    assertEquals(Double.NEGATIVE_INFINITY, ColumnValues.toDouble("-Infinity", SCORE));
    assertEquals(1.5E300, ColumnValues.toDouble(new BigDecimal("1.5E300"), SCORE));
    refused("22018", "'1,5' into column score (DOUBLE)", () -> ColumnValues.toDouble("1,5", SCORE));
    refused("22018", "not a number", () -> ColumnValues.toDouble("1.5d", SCORE));
    refused("22003", "1.8E308", () -> ColumnValues.toDouble(new BigDecimal("1E400"), SCORE));
    refused("22003", "out of range", () -> ColumnValues.toDouble("-2e308", SCORE));
  }

  @Test
  void booleanColumnsTakeTrueAndFalseInAnyCase() {
    assertEquals(true, ColumnValues.toBoolean(" TRUE ", "flag (BOOLEAN)"));
    assertEquals(false, ColumnValues.toBoolean("false", "flag (BOOLEAN)"));
    assertEquals(true, ColumnValues.toBoolean(Boolean.TRUE, "flag (BOOLEAN)"));
    refused("22018", "true or false", () -> ColumnValues.toBoolean("yes", "flag (BOOLEAN)"));
    refused("22018", "true or false", () -> ColumnValues.toBoolean(1, "flag (BOOLEAN)"));
  }
}
