package org.synapsejdbc.calcite.dml;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rel.core.TableModify;
import org.apache.calcite.rel.core.Union;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.schema.impl.ScalarFunctionImpl;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.ReturnTypes;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.validate.SqlUserDefinedFunction;
import org.synapsejdbc.calcite.SynapseTable;

/**
 * Routes the {@code ?} parameters written into numeric and BOOLEAN columns through {@link ColumnValues}: Calcite's
 * generated code would cast the bound value to the column's Java type, so {@code setString(1, "42")} failed with a
 * ClassCastException and {@code setDouble(1, 1.5E300)} was cut to a long and sent. The parameter is read as ANY and
 * converted (or refused with its SQLState) before any row is built.
 */
final class ParameterConversions {
    private ParameterConversions() {
    }

    static void apply(TableModify modify, SynapseTable table) {
        int columns = table.descriptor().columns().size();
        List<String> names = modify.getTable().getRowType().getFieldNames();
        int[] targets;
        int[] fields;
        if (modify.isUpdate()) {
            List<String> update = modify.getUpdateColumnList();
            List<RexNode> sources = modify.getSourceExpressionList();
            targets = update.stream().mapToInt(names::indexOf).toArray();
            fields = new int[targets.length];
            for (int i = 0; i < fields.length; i++) {
                fields[i] = sources.get(i) instanceof RexInputRef ref ? ref.getIndex() : names.size() + i;
            }
        } else if (modify.isInsert()) {
            targets = IntStream.range(0, columns).toArray();
            fields = targets;
        } else {
            return;
        }
        RelNode input = modify.getInput();
        for (int i = 0; i < fields.length; i++) {
            if (targets[i] >= 0 && targets[i] < columns && fields[i] < input.getRowType().getFieldCount()) {
                input = rewrite(input, fields[i], ValueChecks.label(table, targets[i]));
            }
        }
        if (input != modify.getInput()) {
            modify.replaceInput(0, input);
        }
    }

    /**
     * {@code node} with the parameter that computes its {@code field} converted, or {@code node} itself: followed
     * through projections (field references, CASTs) and the branches of a multi-row VALUES (a UNION ALL).
     */
    private static RelNode rewrite(RelNode node, int field, String column) {
        if (node instanceof Project project) {
            RexNode e = project.getProjects().get(field);
            RexNode inner = e.getKind() == SqlKind.CAST ? ((RexCall) e).getOperands().get(0) : e;
            if (inner instanceof RexDynamicParam param) {
                String method = method(e.getType().getSqlTypeName());
                if (method == null) {
                    return node;
                }
                List<RexNode> exprs = new ArrayList<>(project.getProjects());
                exprs.set(field, convert(project, param, e.getType(), method, column));
                return project.copy(project.getTraitSet(), project.getInput(), exprs, project.getRowType());
            }
            if (inner instanceof RexInputRef ref) {
                RelNode input = rewrite(project.getInput(), ref.getIndex(), column);
                return input == project.getInput() ? node : project.copy(project.getTraitSet(), List.of(input));
            }
            return node;
        }
        if (node instanceof Union union) {
            List<RelNode> inputs = new ArrayList<>();
            boolean changed = false;
            for (RelNode input : union.getInputs()) {
                RelNode rewritten = rewrite(input, field, column);
                changed |= rewritten != input;
                inputs.add(rewritten);
            }
            return changed ? union.copy(union.getTraitSet(), inputs) : node;
        }
        return node;
    }

    /** The {@link ColumnValues} method for a value of this type, or null when parameters pass as they are. */
    private static String method(SqlTypeName type) {
        return switch (type) {
            case BIGINT -> "toBigint";
            case DOUBLE -> "toDouble";
            case BOOLEAN -> "toBoolean";
            default -> null;
        };
    }

    /** {@code ColumnValues.method(?n read as ANY, column)}, typed as the column. */
    private static RexNode convert(Project project, RexDynamicParam param, RelDataType type, String method,
            String column) {
        RexBuilder rex = project.getCluster().getRexBuilder();
        RelDataTypeFactory types = rex.getTypeFactory();
        RelDataType any = types.createTypeWithNullability(types.createSqlType(SqlTypeName.ANY), true);
        RexNode raw = rex.makeDynamicParam(any, param.getIndex());
        SqlUserDefinedFunction function = new SqlUserDefinedFunction(
                new SqlIdentifier("SYNAPSE_" + method.toUpperCase(java.util.Locale.ROOT), SqlParserPos.ZERO),
                SqlKind.OTHER_FUNCTION, ReturnTypes.explicit(type), null, null,
                ScalarFunctionImpl.create(find(method)));
        return rex.makeCall(type, function, List.of(raw, rex.makeLiteral(column)));
    }

    private static Method find(String name) {
        try {
            return ColumnValues.class.getMethod(name, Object.class, String.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
