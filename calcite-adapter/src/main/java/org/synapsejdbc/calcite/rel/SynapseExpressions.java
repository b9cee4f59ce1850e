package org.synapsejdbc.calcite.rel;

import java.util.ArrayList;
import java.util.List;

import com.google.common.collect.Range;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.fun.SqlLikeOperator;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.type.SqlTypeUtil;
import org.apache.calcite.util.NlsString;
import org.apache.calcite.util.Sarg;
import org.synapsejdbc.calcite.sql.SynapseLiteralRenderer;
import org.synapsejdbc.client.model.ColumnType;

/**
 * The whitelist of row expressions Synapse SQL can evaluate exactly like Calcite, and the rewrite into the shapes its
 * grammar accepts.
 *
 * <p>Synapse requires the left side of every predicate to be a column, a MySQL-class function or a CAST; a
 * predicate whose only such side is on the right ({@code 5 < x}, {@code x + 1 > y}) is flipped, and a bare boolean
 * column becomes {@code x = TRUE}. Anything outside the whitelist (other functions, CASE, integer division, date
 * arithmetic, list and JSON predicates, ENTITYID ordering, which Synapse does on numbers) makes the expression
 * unpushable and it stays in Calcite.
 */
final class SynapseExpressions {
    private final RelNode input;
    private final RexBuilder rexBuilder;

    private SynapseExpressions(RelNode input) {
        this.input = input;
        this.rexBuilder = input.getCluster().getRexBuilder();
    }

    /** The predicate rewritten for Synapse, or null if it cannot be pushed. {@code input} is the filter's input. */
    static RexNode predicate(RexNode condition, RelNode input) {
        return new SynapseExpressions(input).predicate(condition);
    }

    /** Whether a select-list expression over {@code input} can be computed by Synapse. */
    static boolean selectable(RexNode expression, RelNode input) {
        SynapseExpressions checker = new SynapseExpressions(input);
        if (expression instanceof RexInputRef) {
            // Plain columns of every type (lists, JSON included) come back as text we decode.
            return true;
        }
        return checker.value(expression);
    }

    private RexNode predicate(RexNode node) {
        if (node instanceof RexInputRef) {
            RexInputRef ref = (RexInputRef) node;
            if (ref.getType().getSqlTypeName() == SqlTypeName.BOOLEAN) {
                return rexBuilder.makeCall(SqlStdOperatorTable.EQUALS, ref, rexBuilder.makeLiteral(true));
            }
            return null;
        }
        if (!(node instanceof RexCall)) {
            return null;
        }
        RexCall call = (RexCall) node;
        switch (call.getKind()) {
            case AND:
            case OR:
                List<RexNode> operands = new ArrayList<>();
                for (RexNode operand : call.getOperands()) {
                    RexNode pushed = predicate(operand);
                    if (pushed == null) {
                        return null;
                    }
                    operands.add(pushed);
                }
                return rexBuilder.makeCall(call.getOperator(), operands);
            case NOT:
                RexNode inner = predicate(call.getOperands().get(0));
                return inner == null ? null : rexBuilder.makeCall(SqlStdOperatorTable.NOT, inner);
            case EQUALS:
            case NOT_EQUALS:
            case LESS_THAN:
            case LESS_THAN_OR_EQUAL:
            case GREATER_THAN:
            case GREATER_THAN_OR_EQUAL:
                return comparison(call);
            case IS_NULL:
            case IS_NOT_NULL:
                return leftSide(call.getOperands().get(0), Use.NULL_TEST) ? call : null;
            case IS_TRUE:
            case IS_FALSE:
            case IS_NOT_TRUE:
            case IS_NOT_FALSE:
                return truthTest(call);
            case LIKE:
                return like(call);
            case SEARCH:
                return search(call);
            default:
                return null;
        }
    }

    private RexNode comparison(RexCall call) {
        RexNode left = call.getOperands().get(0);
        RexNode right = call.getOperands().get(1);
        boolean ordering = call.getKind() != SqlKind.EQUALS && call.getKind() != SqlKind.NOT_EQUALS;
        Use use = ordering ? Use.ORDERING : Use.EQUALITY;
        if (isEntityId(left) != isEntityId(right) && !(isConstant(left) || isConstant(right))) {
            // Synapse compares an ENTITYID column as a number: only with ids written as literals does it agree.
            return null;
        }
        if (leftSide(left, use) && rightSide(right, use)) {
            return call;
        }
        if (leftSide(right, use) && rightSide(left, use)) {
            SqlOperator reversed = call.getOperator().reverse();
            return reversed == null ? null : rexBuilder.makeCall(reversed, right, left);
        }
        return null;
    }

    private RexNode truthTest(RexCall call) {
        RexNode operand = call.getOperands().get(0);
        if (operand instanceof RexInputRef) {
            return leftSide(operand, Use.EQUALITY) ? call : null;
        }
        RexNode inner = predicate(operand);
        return inner == null ? null : rexBuilder.makeCall(call.getOperator(), inner);
    }

    private RexNode like(RexCall call) {
        if (!(call.getOperator() instanceof SqlLikeOperator)
                || !((SqlLikeOperator) call.getOperator()).isCaseSensitive()) {
            return null;
        }
        List<RexNode> operands = call.getOperands();
        if (!SqlTypeUtil.isCharacter(operands.get(0).getType()) || !leftSide(operands.get(0), Use.LIKE)) {
            return null;
        }
        for (int i = 1; i < operands.size(); i++) {
            RexNode operand = operands.get(i);
            boolean ok = operand instanceof RexDynamicParam
                    ? i == 1 && SqlTypeUtil.isCharacter(operand.getType())
                    : operand instanceof RexLiteral && renderableText((RexLiteral) operand);
            if (!ok) {
                return null;
            }
        }
        return call;
    }

    private RexNode search(RexCall call) {
        RexNode operand = call.getOperands().get(0);
        RexLiteral literal = (RexLiteral) call.getOperands().get(1);
        Sarg<?> sarg = literal.getValueAs(Sarg.class);
        if (sarg == null) {
            return null;
        }
        boolean points = sarg.isPoints() || sarg.isComplementedPoints();
        if (!leftSide(operand, points ? Use.EQUALITY : Use.ORDERING)) {
            return null;
        }
        for (Range<?> range : sarg.rangeSet.asRanges()) {
            if (range.hasLowerBound() && !renderableValue(range.lowerEndpoint())
                    || range.hasUpperBound() && !renderableValue(range.upperEndpoint())) {
                return null;
            }
        }
        return call;
    }

    /** A predicate's left side: a column, UPPER/LOWER, or a whitelisted CAST. */
    private boolean leftSide(RexNode node, Use use) {
        if (node instanceof RexInputRef) {
            return column((RexInputRef) node, use);
        }
        if (!(node instanceof RexCall) || use == Use.NULL_TEST && isArray(node)) {
            return false;
        }
        RexCall call = (RexCall) node;
        if (isCaseFunction(call) || call.getKind() == SqlKind.CAST) {
            return value(call);
        }
        return false;
    }

    private boolean rightSide(RexNode node, Use use) {
        if (node instanceof RexLiteral && ((RexLiteral) node).getType().getSqlTypeName() == SqlTypeName.BOOLEAN) {
            // TRUE/FALSE are valid right after a comparison operator (and only there).
            return use == Use.EQUALITY && !((RexLiteral) node).isNull();
        }
        if (node instanceof RexInputRef) {
            return column((RexInputRef) node, use);
        }
        if (node instanceof RexDynamicParam) {
            return parameterType(node.getType());
        }
        return value(node);
    }

    /** A value expression Synapse computes like Calcite. */
    private boolean value(RexNode node) {
        if (node instanceof RexInputRef) {
            return column((RexInputRef) node, Use.EXPRESSION);
        }
        if (node instanceof RexLiteral) {
            return literal((RexLiteral) node);
        }
        if (node instanceof RexDynamicParam) {
            return parameterType(node.getType()) && node.getType().getSqlTypeName() != SqlTypeName.BOOLEAN;
        }
        if (!(node instanceof RexCall)) {
            return false;
        }
        RexCall call = (RexCall) node;
        switch (call.getKind()) {
            case PLUS:
            case MINUS:
            case TIMES:
            case MINUS_PREFIX:
                return numericOperands(call);
            case DIVIDE:
                // MySQL's '/' on integers gives a decimal, Calcite's truncates: only floating-point division matches.
                return SqlTypeUtil.isApproximateNumeric(call.getType()) && numericOperands(call);
            case CAST:
                return cast(call);
            default:
                return isCaseFunction(call) && call.getOperands().size() == 1
                        && SqlTypeUtil.isCharacter(call.getOperands().get(0).getType())
                        && value(call.getOperands().get(0));
        }
    }

    private boolean numericOperands(RexCall call) {
        if (!SqlTypeUtil.isNumeric(call.getType())) {
            return false;
        }
        for (RexNode operand : call.getOperands()) {
            if (!SqlTypeUtil.isNumeric(operand.getType()) || !value(operand)) {
                return false;
            }
        }
        return true;
    }

    private boolean cast(RexCall call) {
        RelDataType target = call.getType();
        RexNode operand = call.getOperands().get(0);
        RelDataType source = operand.getType();
        SqlTypeName from = source.getSqlTypeName();
        SqlTypeName to = target.getSqlTypeName();
        boolean allowed;
        if (from == to && to != SqlTypeName.CHAR) {
            // Only nullability or a wider length changes.
            allowed = to != SqlTypeName.VARCHAR || widens(source, target);
        } else if (SqlTypeUtil.isExactNumeric(source) && !SqlTypeUtil.isDecimal(source)) {
            allowed = SqlTypeUtil.isApproximateNumeric(target) || SqlTypeUtil.isIntType(target)
                    && target.getPrecision() >= source.getPrecision()
                    || to == SqlTypeName.VARCHAR && (target.getPrecision() < 0 || target.getPrecision() >= 20);
        } else {
            allowed = false;
        }
        return allowed && value(operand);
    }

    private static boolean widens(RelDataType source, RelDataType target) {
        int to = target.getPrecision();
        return to == RelDataType.PRECISION_NOT_SPECIFIED || source.getPrecision() != RelDataType.PRECISION_NOT_SPECIFIED
                && to >= source.getPrecision();
    }

    private static boolean isCaseFunction(RexCall call) {
        return call.getOperator() == SqlStdOperatorTable.UPPER || call.getOperator() == SqlStdOperatorTable.LOWER;
    }

    private boolean column(RexInputRef ref, Use use) {
        RelDataType type = ref.getType();
        if (isArray(ref)) {
            return use == Use.NULL_TEST;
        }
        switch (use) {
            case NULL_TEST:
                return true;
            case EQUALITY:
                return SynapseColumns.comparable(input, ref.getIndex());
            case ORDERING:
            case LIKE:
                return SynapseColumns.orderable(input, ref.getIndex())
                        && type.getSqlTypeName() != SqlTypeName.BOOLEAN;
            case EXPRESSION:
                return SynapseColumns.usableInExpressions(input, ref.getIndex())
                        && type.getSqlTypeName() != SqlTypeName.TIMESTAMP;
            default:
                throw new AssertionError(use);
        }
    }

    private boolean isEntityId(RexNode node) {
        return node instanceof RexInputRef
                && SynapseColumns.synapseType(input, ((RexInputRef) node).getIndex()) == ColumnType.ENTITYID;
    }

    private static boolean isConstant(RexNode node) {
        return node instanceof RexLiteral || node instanceof RexDynamicParam;
    }

    private static boolean isArray(RexNode node) {
        return node.getType().getSqlTypeName() == SqlTypeName.ARRAY;
    }

    private static boolean literal(RexLiteral literal) {
        if (literal.isNull()) {
            // A typed NULL is rendered as CAST(NULL AS type): only types with a Synapse CAST target qualify
            // (INSERT ... SELECT pads unlisted TIMESTAMP/ARRAY columns with such NULLs).
            switch (literal.getType().getSqlTypeName()) {
                case TIMESTAMP:
                case DATE:
                case TIME:
                case ARRAY:
                case MAP:
                case MULTISET:
                case ROW:
                case DECIMAL:
                case BINARY:
                case VARBINARY:
                    return false;
                default:
                    return true;
            }
        }
        SqlTypeName type = literal.getType().getSqlTypeName();
        switch (type) {
            case CHAR:
            case VARCHAR:
                return renderableText(literal);
            case TINYINT:
            case SMALLINT:
            case INTEGER:
            case BIGINT:
            case DECIMAL:
                return true;
            case DOUBLE:
            case FLOAT:
            case REAL:
                Double d = literal.getValueAs(Double.class);
                return d != null && Double.isFinite(d);
            case TIMESTAMP:
            case DATE:
                return true;
            default:
                return false;
        }
    }

    private static boolean renderableText(RexLiteral literal) {
        NlsString text = literal.getValueAs(NlsString.class);
        return text != null && SynapseLiteralRenderer.isRenderable(text.getValue());
    }

    private static boolean renderableValue(Object value) {
        if (value instanceof NlsString) {
            return SynapseLiteralRenderer.isRenderable(((NlsString) value).getValue());
        }
        if (value instanceof Double || value instanceof Float) {
            return Double.isFinite(((Number) value).doubleValue());
        }
        return !(value instanceof Boolean);
    }

    private static boolean parameterType(RelDataType type) {
        switch (type.getSqlTypeName()) {
            case CHAR:
            case VARCHAR:
            case BOOLEAN:
            case TINYINT:
            case SMALLINT:
            case INTEGER:
            case BIGINT:
            case DECIMAL:
            case DOUBLE:
            case FLOAT:
            case REAL:
            case TIMESTAMP:
            case DATE:
                return true;
            default:
                return false;
        }
    }

    /** How a column is used, which decides whether Synapse's storage of it gives Calcite's answer. */
    private enum Use {
        NULL_TEST, EQUALITY, ORDERING, LIKE, EXPRESSION
    }
}
