package org.synapsejdbc.jdbc.call;

/**
 * One argument of a CALL: a literal value fixed when the statement is prepared, or a {@code ?} parameter read
 * when it is executed.
 *
 * @param value          the literal's value (String, BigDecimal, Boolean or null); unused for parameters
 * @param parameterIndex 0-based index of the {@code ?} parameter, or -1 for a literal
 */
record CallArg(Object value, int parameterIndex) {
  static CallArg literal(Object value) {
    return new CallArg(value, -1);
  }

  static CallArg parameter(int index) {
    return new CallArg(null, index);
  }

  boolean isParameter() {
    return parameterIndex >= 0;
  }
}
