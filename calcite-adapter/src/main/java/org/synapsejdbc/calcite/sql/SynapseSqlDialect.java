package org.synapsejdbc.calcite.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.config.NullCollation;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlAbstractDateTimeLiteral;
import org.apache.calcite.sql.SqlAlienSystemTypeNameSpec;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlDateLiteral;
import org.apache.calcite.sql.SqlDialect;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlTimestampLiteral;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.fun.SqlLikeOperator;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.validate.SqlConformance;
import org.apache.calcite.sql.validate.SqlConformanceEnum;
import org.apache.calcite.sql.validate.SqlDelegatingConformance;
import org.apache.calcite.util.DateString;
import org.apache.calcite.util.TimestampString;

/**
 * The Synapse SQL dialect for {@code RelToSqlConverter}: every identifier double-quoted with {@code ""} escaping,
 * Synapse-style string literals, TIMESTAMP/DATE literals as epoch milliseconds (DATE columns are BIGINT in Synapse),
 * {@code CAST(x AS <ColumnType>)}, {@code LIMIT n OFFSET m}, MySQL's null order (nulls low) and no ordinal or alias
 * references in ORDER BY / GROUP BY.
 */
public final class SynapseSqlDialect extends SqlDialect {
    private static final Set<SqlKind> AGGREGATES = Set.of(SqlKind.COUNT, SqlKind.SUM, SqlKind.SUM0, SqlKind.MIN,
            SqlKind.MAX, SqlKind.AVG, SqlKind.STDDEV_POP, SqlKind.STDDEV_SAMP, SqlKind.VAR_POP, SqlKind.VAR_SAMP);

    /** Conformance without the MySQL habits Synapse lacks: ORDER BY ordinals/aliases, GROUP BY aliases, HAVING. */
    private static final SqlConformance CONFORMANCE = new SqlDelegatingConformance(SqlConformanceEnum.DEFAULT) {
        @Override
        public boolean isSortByOrdinal() {
            return false;
        }

        @Override
        public boolean isSortByAlias() {
            return false;
        }

        @Override
        public boolean isSortByAliasObscures() {
            return false;
        }

        @Override
        public boolean isGroupByAlias() {
            return false;
        }

        @Override
        public boolean isGroupByOrdinal() {
            return false;
        }

        @Override
        public boolean isHavingAlias() {
            return false;
        }
    };

    public static final SynapseSqlDialect INSTANCE = new SynapseSqlDialect();

    private SynapseSqlDialect() {
        super(EMPTY_CONTEXT
                .withDatabaseProduct(DatabaseProduct.UNKNOWN)
                .withDatabaseProductName("Synapse")
                .withIdentifierQuoteString("\"")
                .withLiteralQuoteString("'")
                .withLiteralEscapedQuoteString("''")
                .withUnquotedCasing(Casing.UNCHANGED)
                .withQuotedCasing(Casing.UNCHANGED)
                .withCaseSensitive(true)
                .withNullCollation(NullCollation.LOW)
                .withConformance(CONFORMANCE));
    }

    @Override
    protected boolean identifierNeedsQuote(String val) {
        // Many Synapse column names are reserved words or entity-id tokens (syn123); quote every one.
        return true;
    }

    @Override
    public void quoteStringLiteral(StringBuilder buf, String charsetName, String val) {
        buf.append(SynapseLiteralRenderer.string(val));
    }

    @Override
    public void quoteStringLiteralUnicode(StringBuilder buf, String val) {
        buf.append(SynapseLiteralRenderer.string(val));
    }

    @Override
    public void unparseDateTimeLiteral(SqlWriter writer, SqlAbstractDateTimeLiteral literal, int leftPrec,
            int rightPrec) {
        if (literal instanceof SqlTimestampLiteral) {
            TimestampString ts = literal.getValueAs(TimestampString.class);
            writer.literal(numberLiteral(ts.getMillisSinceEpoch()));
        } else if (literal instanceof SqlDateLiteral) {
            DateString date = literal.getValueAs(DateString.class);
            writer.literal(numberLiteral(date.getMillisSinceEpoch()));
        } else {
            throw new UnsupportedOperationException("Synapse SQL has no " + literal.getTypeName() + " literal");
        }
    }

    private static String numberLiteral(long value) {
        return SynapseLiteralRenderer.withSign(Long.toString(value));
    }

    @Override
    public void unparseCall(SqlWriter writer, SqlCall call, int leftPrec, int rightPrec) {
        if (call.getKind() == SqlKind.AND || call.getKind() == SqlKind.OR) {
            unparseFlat(writer, call, leftPrec, rightPrec);
            return;
        }
        if (call.getOperator() instanceof SqlLikeOperator && call.operandCount() == 2
                && call.operand(1) instanceof SqlCharStringLiteral) {
            // Without ESCAPE MySQL treats '\' as the escape character; Calcite does not. Keep it literal.
            String pattern = ((SqlLiteral) call.operand(1)).getValueAs(String.class);
            String escaped = pattern.replace("\\", "\\\\");
            SqlCall copy = call.getOperator().createCall(call.getFunctionQuantifier(), call.getParserPosition(),
                    call.operand(0), SqlLiteral.createCharString(escaped, SqlParserPos.ZERO));
            call.getOperator().unparse(writer, copy, leftPrec, rightPrec);
            return;
        }
        super.unparseCall(writer, call, leftPrec, rightPrec);
    }

    /** {@code a AND b AND c} without the parentheses a binary tree of calls would print. */
    private static void unparseFlat(SqlWriter writer, SqlCall call, int leftPrec, int rightPrec) {
        SqlOperator op = call.getOperator();
        List<SqlNode> operands = new ArrayList<>();
        flatten(call, call.getKind(), operands);
        // AND and OR are associative: parentheses only where a tighter operator surrounds them.
        boolean parens = leftPrec > op.getLeftPrec() || op.getRightPrec() < rightPrec;
        SqlWriter.Frame frame = writer.startList(SqlWriter.FrameTypeEnum.SIMPLE, parens ? "(" : "", parens ? ")" : "");
        for (int i = 0; i < operands.size(); i++) {
            if (i > 0) {
                writer.keyword(op.getName());
            }
            operands.get(i).unparse(writer, op.getLeftPrec(), op.getRightPrec());
        }
        writer.endList(frame);
    }

    private static void flatten(SqlNode node, SqlKind kind, List<SqlNode> operands) {
        if (node.getKind() == kind) {
            for (SqlNode operand : ((SqlCall) node).getOperandList()) {
                flatten(operand, kind, operands);
            }
        } else {
            operands.add(node);
        }
    }

    @Override
    public SqlNode getCastSpec(RelDataType type) {
        String name = synapseTypeName(type.getSqlTypeName());
        return new SqlDataTypeSpec(new SqlAlienSystemTypeNameSpec(name, type.getSqlTypeName(), SqlParserPos.ZERO),
                SqlParserPos.ZERO);
    }

    /** The Synapse {@code ColumnType} a CAST to this SQL type is written with. */
    public static String synapseTypeName(SqlTypeName type) {
        switch (type) {
            case TINYINT:
            case SMALLINT:
            case INTEGER:
            case BIGINT:
                return "INTEGER";
            case DOUBLE:
            case FLOAT:
            case REAL:
                return "DOUBLE";
            case CHAR:
            case VARCHAR:
                return "STRING";
            case BOOLEAN:
                return "BOOLEAN";
            default:
                throw new IllegalArgumentException("Synapse has no CAST target for " + type);
        }
    }

    @Override
    public void unparseOffsetFetch(SqlWriter writer, SqlNode offset, SqlNode fetch) {
        if (offset != null && fetch == null) {
            throw new IllegalStateException("Synapse SQL cannot express OFFSET without LIMIT");
        }
        if (fetch == null) {
            return;
        }
        // On one line: LIMIT n [OFFSET m], both plain unsigned integers or parameters bound as such.
        writer.keyword("LIMIT");
        fetch.unparse(writer, -1, -1);
        if (offset != null) {
            writer.keyword("OFFSET");
            offset.unparse(writer, -1, -1);
        }
    }

    @Override
    public SqlConformance getConformance() {
        return CONFORMANCE;
    }

    @Override
    public SqlNode emulateNullDirection(SqlNode node, boolean nullsFirst, boolean desc) {
        // The sort rule only pushes MySQL's own null order (nulls low), so nothing needs emulating.
        return null;
    }

    @Override
    public boolean supportsAggregateFunction(SqlKind kind) {
        return AGGREGATES.contains(kind);
    }

    @Override
    public boolean supportsWindowFunctions() {
        return false;
    }

    @Override
    public boolean supportsNestedAggregations() {
        return false;
    }

    @Override
    public boolean supportsJoinType(JoinRelType joinType) {
        return false;
    }

    @Override
    public boolean supportsAliasedValues() {
        return false;
    }

    @Override
    public boolean supportsCharSet() {
        return false;
    }

    @Override
    public boolean supportsGroupByLiteral() {
        return false;
    }

    @Override
    public boolean supportsOrderByLiteral() {
        return false;
    }

    @Override
    public boolean supportsAggregateFunctionFilter() {
        return false;
    }

    @Override
    public boolean supportsApproxCountDistinct() {
        return false;
    }
}
