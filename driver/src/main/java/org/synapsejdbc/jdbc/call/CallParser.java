package org.synapsejdbc.jdbc.call;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLSyntaxErrorException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.calcite.config.CalciteConnectionConfig;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.type.SqlTypeName;
import org.synapsejdbc.calcite.error.SynapseSqlStates;
import org.synapsejdbc.jdbc.wrap.JdbcEscapes;

/**
 * Recognizes {@code CALL ...} and {@code {call ...}} statements and parses them with Calcite's parser, using the
 * connection's lexical settings; arguments may be literals (text, numbers, booleans, NULL) or {@code ?}.
 */
final class CallParser {
  private static final Pattern CALL = Pattern.compile(
      "\\A(?:\\s|--[^\\n]*(?:\\n|\\z)|/\\*.*?\\*/)*\\{?\\s*call\\b.*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private CallParser() {
  }

  /** Whether the statement is a procedure call (comments and a JDBC {@code {call}} escape allowed). */
  static boolean isCall(String sql) {
    return sql != null && CALL.matcher(sql).matches();
  }

  static ParsedCall parse(String sql, CalciteConnectionConfig config) throws SQLException {
    SqlParser.Config parserConfig = SqlParser.config().withQuoting(config.quoting())
        .withQuotedCasing(config.quotedCasing()).withUnquotedCasing(config.unquotedCasing())
        .withCaseSensitive(config.caseSensitive()).withConformance(config.conformance());
    SqlNode node;
    try {
      node = SqlParser.create(JdbcEscapes.rewrite(sql), parserConfig).parseStmt();
    } catch (SqlParseException e) {
      throw new SQLSyntaxErrorException("Malformed CALL statement: " + e.getMessage(), SynapseSqlStates.SYNTAX, e);
    }
    if (node.getKind() != SqlKind.PROCEDURE_CALL) {
      throw new SQLSyntaxErrorException("Not a CALL statement: " + sql, SynapseSqlStates.SYNTAX);
    }
    SqlNode routine = ((SqlCall) node).operand(0);
    if (!(routine instanceof SqlBasicCall call) || !(call.getOperator() instanceof SqlFunction function)
        || function.getSqlIdentifier() == null) {
      throw new SQLSyntaxErrorException("CALL needs a procedure name followed by (arguments)", SynapseSqlStates.SYNTAX);
    }
    SqlIdentifier id = function.getSqlIdentifier();
    if (id.names.size() > 2) {
      throw new SQLSyntaxErrorException("Procedure names have at most a schema qualifier: " + id,
          SynapseSqlStates.SYNTAX);
    }
    String schema = id.names.size() == 2 ? id.names.get(0) : null;
    List<CallArg> args = new ArrayList<>();
    for (SqlNode operand : call.getOperandList()) {
      args.add(arg(operand));
    }
    return new ParsedCall(schema, id.names.get(id.names.size() - 1), args);
  }

  private static CallArg arg(SqlNode operand) throws SQLException {
    if (operand instanceof SqlDynamicParam p) {
      return CallArg.parameter(p.getIndex());
    }
    if (operand instanceof SqlLiteral literal) {
      return CallArg.literal(value(literal, false));
    }
    if (operand.getKind() == SqlKind.MINUS_PREFIX && ((SqlCall) operand).operand(0) instanceof SqlLiteral l
        && SqlTypeName.NUMERIC_TYPES.contains(l.getTypeName())) {
      return CallArg.literal(value(l, true));
    }
    throw new SQLFeatureNotSupportedException("Procedure arguments must be literals or ? parameters, not "
        + operand, SynapseSqlStates.UNSUPPORTED);
  }

  private static Object value(SqlLiteral literal, boolean negate) throws SQLException {
    SqlTypeName type = literal.getTypeName();
    if (type == SqlTypeName.NULL) {
      return null;
    }
    if (type == SqlTypeName.BOOLEAN) {
      return literal.getValueAs(Boolean.class);
    }
    if (SqlTypeName.NUMERIC_TYPES.contains(type)) {
      BigDecimal d = literal.getValueAs(BigDecimal.class);
      return negate ? d.negate() : d;
    }
    if (SqlTypeName.CHAR_TYPES.contains(type)) {
      return literal.getValueAs(String.class);
    }
    throw new SQLFeatureNotSupportedException("Procedure arguments must be text, numbers, booleans or NULL, not "
        + literal, SynapseSqlStates.UNSUPPORTED);
  }
}
