package org.synapsejdbc.jdbc.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.sql.BatchUpdateException;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.util.stream.Stream;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.validate.SqlValidatorException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.synapsejdbc.calcite.exec.QueryTimeoutException;
import org.synapsejdbc.calcite.procedure.ProcedureException;
import org.synapsejdbc.client.error.SynapseBadRequestException;
import org.synapsejdbc.client.error.SynapseCancelledException;
import org.synapsejdbc.client.error.SynapseConflictException;
import org.synapsejdbc.client.error.SynapseEtagMismatchException;
import org.synapsejdbc.client.error.SynapseForbiddenException;
import org.synapsejdbc.client.error.SynapseJobTimeoutException;
import org.synapsejdbc.client.error.SynapseNotFoundException;
import org.synapsejdbc.client.error.SynapseThrottledException;
import org.synapsejdbc.client.error.SynapseTransportException;
import org.synapsejdbc.client.error.SynapseUnauthenticatedException;
import org.synapsejdbc.client.error.SynapseUnavailableException;

/** Unit tests of {@link ErrorTranslator}: cause chains as Avatica and Calcite's generated code produce them. */
class ErrorTranslatorTest {

  /** What Avatica throws for a RuntimeException raised while executing: no SQLState, the cause inside. */
  private static SQLException avatica(Throwable inner) {
    RuntimeException generated = new RuntimeException(inner.toString(), inner);
    return new SQLException("Error while executing SQL \"SELECT * FROM syn1\": " + generated.getMessage(),
        generated);
  }

  static Stream<Arguments> synapseFailures() {
    return Stream.of(
        Arguments.of(new SynapseUnauthenticatedException(401, "Invalid access token"), "28000",
            "Invalid access token", SQLInvalidAuthorizationSpecException.class),
        Arguments.of(new SynapseForbiddenException(403, "Request lacks scope(s) required by this service: modify"),
            "28000", "lacks scope(s)", SQLInvalidAuthorizationSpecException.class),
        Arguments.of(new SynapseForbiddenException(403, "You lack READ access to the requested entity."),
            "42501", "lack READ access", SQLSyntaxErrorException.class),
        Arguments.of(new SynapseNotFoundException(404, "The resource you are attempting to access cannot be found"),
            "42704", "cannot be found", SQLSyntaxErrorException.class),
        Arguments.of(new SynapseConflictException(409, "An entity with the name: x already exists"), "40002",
            "already exists", SQLTransactionRollbackException.class),
        Arguments.of(new SynapseEtagMismatchException(412, "Object: syn1 was updated since you last fetched it"),
            "40001", "updated since", SQLTransactionRollbackException.class),
        Arguments.of(new SynapseThrottledException(429, "Too many concurrent requests"), "08S01",
            "retries ran out", SQLTransientConnectionException.class),
        Arguments.of(new SynapseUnavailableException(503, "Service Unavailable"), "08S01", "Service Unavailable",
            SQLTransientConnectionException.class),
        Arguments.of(new SynapseTransportException("Connection refused", new IOException("refused"), false),
            "08S01", "Could not reach Synapse", SQLTransientConnectionException.class),
        Arguments.of(new SynapseBadRequestException(400, "Column 'foo' does not exist"), "42000",
            "Column 'foo' does not exist", SQLSyntaxErrorException.class),
        Arguments.of(new SynapseBadRequestException(400, "Value at [0,1] was not a valid INTEGER. For input string: "
            + "\"x\""), "22018", "was not a valid INTEGER", SQLDataException.class),
        Arguments.of(new SynapseBadRequestException(400, "Invalid entity ID: abc"), "22000", "Invalid entity ID",
            SQLDataException.class),
        Arguments.of(new SynapseJobTimeoutException("12", "Job 12 did not finish within 10 s"), "HYT00",
            "did not finish", SQLTimeoutException.class),
        Arguments.of(new SynapseCancelledException("Statement cancelled"), "57014", "cancelled",
            SQLException.class));
  }

  @ParameterizedTest
  @MethodSource("synapseFailures")
  void synapseFailuresInsideGeneratedCodeKeepTheReason(Exception failure, String state, String fragment,
      Class<? extends SQLException> type) {
    SQLException e = ErrorTranslator.toSqlException(avatica(failure));
    assertEquals(state, e.getSQLState(), e.getMessage());
    assertTrue(e.getMessage().contains(fragment), e.getMessage());
    assertTrue(e.getMessage().startsWith("Error while executing SQL \"SELECT * FROM syn1\": "), e.getMessage());
    assertInstanceOf(type, e);
  }

  @Test
  void parseErrorsAreSyntaxErrors() {
    SqlParseException parse = assertThrows(SqlParseException.class,
        () -> SqlParser.create("SELECT * FROM t WHERE").parseQuery());
    SQLException e = ErrorTranslator.toSqlException(new RuntimeException("parse failed", parse));
    assertEquals("42601", e.getSQLState());
    assertTrue(e.getMessage().contains("line 1, column"), e.getMessage());
    // Calcite lists ~200 expected tokens here; the message keeps a few.
    assertTrue(e.getMessage().contains("more)"), e.getMessage());
    assertTrue(e.getMessage().length() < 400, e.getMessage());
    assertInstanceOf(SQLSyntaxErrorException.class, e);
  }

  @Test
  void ddlIsUnsupportedRatherThanASyntaxError() {
    SqlParseException parse = assertThrows(SqlParseException.class,
        () -> SqlParser.create("CREATE TABLE x (a INT)").parseStmt());
    SQLException e = ErrorTranslator.toSqlException(new RuntimeException("parse failed", parse));
    assertEquals("0A000", e.getSQLState(), e.getMessage());
    assertTrue(e.getMessage().contains("create_table"), e.getMessage());
  }

  static Stream<Arguments> validatorMessages() {
    return Stream.of(
        Arguments.of("Object 'syn999999' not found", "42P01"),
        Arguments.of("Object 'x' not found within 'synapse'", "42P01"),
        Arguments.of("Column 'nosuch' not found in any table", "42703"),
        Arguments.of("Column 'n' is ambiguous", "42703"),
        Arguments.of("No match found for function signature NOSUCH(<NUMERIC>)", "42883"),
        Arguments.of("Cannot apply '+' to arguments of type '<INTEGER> + <BOOLEAN>'", "42804"),
        Arguments.of("Cannot assign to target field 'n' of type BIGINT from source field 'EXPR$0' of type "
            + "BOOLEAN", "42804"),
        Arguments.of("TABLESAMPLE is not supported", "0A000"),
        Arguments.of("Expression 'n' is not being grouped", "42000"));
  }

  @ParameterizedTest
  @MethodSource("validatorMessages")
  void validationErrorsAreClassifiedByTheirMessage(String message, String state) {
    CalciteContextException context = new CalciteContextException("From line 1, column 15 to line 1, column 23: "
        + message, new SqlValidatorException(message, null));
    SQLException e = ErrorTranslator.toSqlException(avatica(context));
    assertEquals(state, e.getSQLState(), e.getMessage());
    assertTrue(e.getMessage().contains("From line 1, column 15"), e.getMessage());
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void stateCarriersInsideTheChainWin() {
    SQLException e = ErrorTranslator.toSqlException(avatica(new ProcedureException("22023", "Malformed id 'x'")));
    assertEquals("22023", e.getSQLState());
    assertTrue(e.getMessage().contains("Malformed id 'x'"), e.getMessage());
  }

  @Test
  void runtimeFailuresOfGeneratedCode() {
    assertEquals("22018", ErrorTranslator.toSqlException(avatica(new NumberFormatException("For input string: "
        + "\"abc\""))).getSQLState());
    assertEquals("22012", ErrorTranslator.toSqlException(avatica(new ArithmeticException("Division by zero")))
        .getSQLState());
    assertEquals("0A000", ErrorTranslator.toSqlException(avatica(new UnsupportedOperationException("no")))
        .getSQLState());
    assertInstanceOf(SQLFeatureNotSupportedException.class,
        ErrorTranslator.toSqlException(avatica(new UnsupportedOperationException("no"))));
    SQLException timeout = ErrorTranslator.toSqlException(avatica(new QueryTimeoutException(1000)));
    assertEquals("HYT00", timeout.getSQLState());
    assertInstanceOf(SQLTimeoutException.class, timeout);
    assertEquals("57014", ErrorTranslator.toSqlException(new SQLException("Statement canceled")).getSQLState());
    SQLException other = ErrorTranslator.toSqlException(avatica(new IllegalStateException("boom")));
    assertEquals("HY000", other.getSQLState());
    assertTrue(other.getMessage().contains("boom"), other.getMessage());
  }

  @Test
  void exceptionsThatAlreadyHaveAStateAreKept() {
    SQLException stated = new SQLException("bad url", "08001");
    assertSame(stated, ErrorTranslator.translate(stated));
    BatchUpdateException batch = new BatchUpdateException("failed", null, 0, new int[0], null);
    assertSame(batch, ErrorTranslator.translate(batch));
    Error error = new OutOfMemoryError("Java heap space");
    assertSame(error, ErrorTranslator.translate(error));
  }

  /** An Error as if raised at {@code className}: the classification looks at where it was raised. */
  private static Error raisedAt(Error error, String className) {
    error.setStackTrace(new StackTraceElement[] {new StackTraceElement(className, "check", "X.java", 1),
        new StackTraceElement("org.apache.calcite.prepare.CalcitePrepareImpl", "prepare2_", "Y.java", 2)});
    return error;
  }

  @Test
  void errorsOfTheQueryEngineBecomeSqlExceptionsWithTheirCause() {
    Error coercion = raisedAt(new AssertionError("needToCast"),
        "org.apache.calcite.sql.validate.implicit.AbstractTypeCoercion");
    SQLException mixed = assertInstanceOf(SQLException.class, ErrorTranslator.translate(avatica(coercion)));
    assertEquals("42804", mixed.getSQLState());
    assertInstanceOf(SQLSyntaxErrorException.class, mixed);
    assertTrue(mixed.getMessage().contains("incompatible types"), mixed.getMessage());
    assertSame(coercion, mixed.getCause().getCause().getCause());

    Error validator = raisedAt(new AssertionError(), "org.apache.calcite.sql.validate.SqlValidatorImpl");
    assertEquals("42000", ErrorTranslator.toSqlException(validator).getSQLState());
    Error planner = raisedAt(new AssertionError("Need to implement RelSubset"),
        "org.apache.calcite.plan.volcano.RelSubset");
    SQLException internal = ErrorTranslator.toSqlException(planner);
    assertEquals("HY000", internal.getSQLState());
    assertTrue(internal.getMessage().contains("Need to implement RelSubset"), internal.getMessage());
    assertSame(planner, internal.getCause());

    SQLException deep = ErrorTranslator.toSqlException(new StackOverflowError());
    assertEquals("54001", deep.getSQLState());
    assertTrue(deep.getMessage().contains("nested too deeply"), deep.getMessage());
  }

  @Test
  void avaticasExceptionWithAStateBecomesTheJdbcSubclassOfThatState() {
    SQLException avatica = new org.apache.calcite.avatica.AvaticaSqlException(
        "Error while executing SQL \"INSERT INTO syn1 (n) VALUES ('x')\": Cannot write 'x' into column n", "22018",
        0, java.util.List.of(), null);
    assertTrue(avatica.getMessage().startsWith("Error 0 (22018) : "), avatica.getMessage());
    SQLException e = assertInstanceOf(SQLDataException.class, ErrorTranslator.translate(avatica));
    assertEquals("22018", e.getSQLState());
    assertTrue(e.getMessage().startsWith("Error while executing SQL"), e.getMessage());
    assertSame(avatica, e.getCause());
  }

  @Test
  void aFailingConstantInGeneratedCodeIsClassifiedByWhatItThrew() {
    Error init = new ExceptionInInitializerError(new NumberFormatException("For input string: \"abc\""));
    SQLException e = assertInstanceOf(SQLException.class, ErrorTranslator.translate(init));
    assertEquals("22018", e.getSQLState());
    assertInstanceOf(SQLDataException.class, e);
    assertTrue(e.getMessage().contains("abc"), e.getMessage());
  }

  @Test
  void avaticasStatelessExceptionsGetAState() {
    SQLException unsupported = ErrorTranslator.toSqlException(new SQLFeatureNotSupportedException());
    assertEquals("0A000", unsupported.getSQLState());
    assertInstanceOf(SQLFeatureNotSupportedException.class, unsupported);
    assertTrue(unsupported.getMessage().contains("not supported"), unsupported.getMessage());
    assertEquals("08003", ErrorTranslator.toSqlException(new SQLException("Connection closed")).getSQLState());
    assertEquals("HY010", ErrorTranslator.toSqlException(new SQLException("ResultSet closed")).getSQLState());
    assertEquals("HYT00", ErrorTranslator.toSqlException(new SQLTimeoutException()).getSQLState());
  }

  @Test
  void causeCyclesDoNotLoop() {
    RuntimeException a = new RuntimeException("a");
    RuntimeException b = new RuntimeException("b", a);
    a.initCause(b);
    assertEquals("HY000", ErrorTranslator.toSqlException(b).getSQLState());
  }
}
