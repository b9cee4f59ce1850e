package org.synapsejdbc.calcite.sql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.common.collect.ImmutableList;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rel.core.Sort;
import org.apache.calcite.rel.rel2sql.RelToSqlConverter;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexVisitorImpl;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.fun.SqlLikeOperator;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.apache.calcite.sql.util.SqlString;
import org.synapsejdbc.calcite.SynapseValueDecoder;
import org.synapsejdbc.calcite.rel.SynapseAggregate;
import org.synapsejdbc.calcite.rel.SynapseProject;
import org.synapsejdbc.calcite.rel.SynapseRel;
import org.synapsejdbc.calcite.rel.SynapseTableScan;

/**
 * Generates the Synapse SQL of a pushed query block with Calcite's {@link RelToSqlConverter} and the
 * {@link SynapseSqlDialect}, then enforces Synapse's statement shape: the bare table id in FROM, an explicit select
 * list without aliases (Synapse's {@code SELECT *} omits ROW_ID/ROW_VERSION and aliases could shadow column names in
 * ORDER BY), no sub-query, no HAVING, on one line.
 */
public final class SynapseSqlImplementor extends RelToSqlConverter {
    private SynapseSqlImplementor() {
        super(SynapseSqlDialect.INSTANCE);
    }

    /** The FROM clause of a pushed block: the entity id as one bare token. */
    public Result visit(SynapseTableScan scan) {
        SqlIdentifier table = new SynapseTableName(scan.synapseTable().descriptor().fromName());
        return result(table, ImmutableList.of(Clause.FROM), scan, null);
    }

    /**
     * A choice of columns over ORDER BY/LIMIT (signature {@code ...lq}): narrows the sorted block's select list
     * instead of wrapping it in a sub-query; ORDER BY names expressions, never select items, so this is safe.
     */
    public Result visit(SynapseProject project) {
        if (!(project.getInput() instanceof Sort)) {
            return super.visit((Project) project);
        }
        Result sorted = visitInput(project, 0);
        SqlSelect select = sorted.asSelect();
        SqlNodeList items = selectList(select.getSelectList(), project.getInput());
        SqlNodeList narrowed = new SqlNodeList(SqlParserPos.ZERO);
        for (RexNode expression : project.getProjects()) {
            narrowed.add(items.get(((RexInputRef) expression).getIndex()));
        }
        select.setSelectList(narrowed);
        return result(select, ImmutableList.of(Clause.SELECT, Clause.ORDER_BY, Clause.FETCH), project, null);
    }

    /** Generates the statement for a tree of Synapse nodes (concrete inputs, as in a chosen plan). */
    public static SynapseStatement generate(RelNode root) {
        SqlSelect select = new SynapseSqlImplementor().visitRoot(root).asSelect();
        if (!(select.getFrom() instanceof SynapseTableName)) {
            throw new IllegalStateException("Pushed plan is not one Synapse query block: " + root.explain());
        }
        if (select.getHaving() != null || select.getWindowList().size() > 0 || select.getQualify() != null) {
            throw new IllegalStateException("Pushed plan needs HAVING, WINDOW or QUALIFY: " + root.explain());
        }
        select.setSelectList(selectList(select.getSelectList(), root));
        if (select.getWhere() != null) {
            select.setWhere(leftDeep(select.getWhere()));
        }
        rejectSubQueries(select);
        SqlString sql = select.toSqlString(c -> c.withDialect(SynapseSqlDialect.INSTANCE)
                .withClauseStartsLine(false)
                .withClauseEndsLine(false)
                .withIndentation(0)
                .withSelectListItemsOnSeparateLines(false)
                .withWhereListItemsOnSeparateLines(false)
                .withAlwaysUseParentheses(false)
                .withQuoteAllIdentifiers(true)
                .withKeywordsLowerCase(false));
        String text = sql.getSql().trim();
        List<Integer> params = sql.getDynamicParameters() == null ? List.of() : sql.getDynamicParameters();
        Map<Integer, String> slots = parameterSlots(root);
        int[] indexes = new int[params.size()];
        String[] slotCodes = new String[params.size()];
        for (int i = 0; i < indexes.length; i++) {
            indexes[i] = params.get(i);
            slotCodes[i] = slots.get(params.get(i));
            if (slotCodes[i] == null) {
                throw new IllegalStateException("Untyped parameter ?" + params.get(i));
            }
        }
        String[] fieldCodes = root.getRowType().getFieldList().stream()
                .map(f -> SynapseValueDecoder.codeOf(f.getType())).toArray(String[]::new);
        String[] fieldNames = root.getRowType().getFieldNames().toArray(new String[0]);
        return new SynapseStatement(text, indexes, slotCodes, fieldNames, fieldCodes, isAggregated(root),
                select.getOrderList() != null && select.getOrderList().size() > 0);
    }

    /** An explicit select list with the aliases removed; positions, not names, carry the results back. */
    private static SqlNodeList selectList(SqlNodeList current, RelNode root) {
        SqlNodeList list = new SqlNodeList(SqlParserPos.ZERO);
        if (current == null || current.size() == 1 && current.get(0) instanceof SqlIdentifier
                && ((SqlIdentifier) current.get(0)).isStar()) {
            for (RelDataTypeField field : root.getRowType().getFieldList()) {
                list.add(new SqlIdentifier(field.getName(), SqlParserPos.ZERO));
            }
            return list;
        }
        for (SqlNode item : current) {
            list.add(item.getKind() == SqlKind.AS ? ((SqlCall) item).operand(0) : item);
        }
        return list;
    }

    /**
     * Rebuilds AND/OR chains left-deep, the shape the SELECT unparser lists without parentheses ({@code a AND b AND
     * c}); nested chains are printed flat by the dialect.
     */
    private static SqlNode leftDeep(SqlNode node) {
        if (node.getKind() != SqlKind.AND && node.getKind() != SqlKind.OR) {
            return node;
        }
        SqlCall call = (SqlCall) node;
        List<SqlNode> operands = new ArrayList<>();
        collect(call, call.getKind(), operands);
        SqlNode result = leftDeep(operands.get(0));
        for (int i = 1; i < operands.size(); i++) {
            result = call.getOperator().createCall(SqlParserPos.ZERO, result, leftDeep(operands.get(i)));
        }
        return result;
    }

    private static void collect(SqlNode node, SqlKind kind, List<SqlNode> operands) {
        if (node.getKind() == kind) {
            for (SqlNode operand : ((SqlCall) node).getOperandList()) {
                collect(operand, kind, operands);
            }
        } else {
            operands.add(node);
        }
    }

    private static void rejectSubQueries(SqlSelect select) {
        SqlBasicVisitor<Void> visitor = new SqlBasicVisitor<>() {
            @Override
            public Void visit(SqlCall call) {
                if (call instanceof SqlSelect || call.getKind() == SqlKind.WITH || call.getKind() == SqlKind.OVER) {
                    throw new IllegalStateException("Sub-query in pushed Synapse SQL: " + call);
                }
                return super.visit(call);
            }
        };
        for (SqlNode node : new SqlNode[] {select.getSelectList(), select.getWhere(), select.getGroup(),
                select.getOrderList()}) {
            if (node != null) {
                node.accept(visitor);
            }
        }
    }

    private static boolean isAggregated(RelNode rel) {
        for (RelNode node = rel; node instanceof SynapseRel; node = node.getInputs().isEmpty() ? null
                : node.getInput(0)) {
            if (node instanceof SynapseAggregate) {
                return true;
            }
        }
        return false;
    }

    /** The slot code of every dynamic parameter of the pushed tree, by parameter index. */
    private static Map<Integer, String> parameterSlots(RelNode root) {
        Map<Integer, String> slots = new HashMap<>();
        List<RexNode> expressions = new ArrayList<>();
        for (RelNode node = root; node != null; node = node.getInputs().isEmpty() ? null : node.getInput(0)) {
            if (node instanceof Filter) {
                expressions.add(((Filter) node).getCondition());
            } else if (node instanceof Project) {
                expressions.addAll(((Project) node).getProjects());
            } else if (node instanceof Sort) {
                Sort sort = (Sort) node;
                for (RexNode count : new RexNode[] {sort.offset, sort.fetch}) {
                    if (count instanceof RexDynamicParam) {
                        RexDynamicParam p = (RexDynamicParam) count;
                        slots.put(p.getIndex(),
                                SynapseParameterBinder.slot(p.getType().getSqlTypeName(), false, true));
                    }
                }
            }
        }
        RexVisitorImpl<Void> visitor = new RexVisitorImpl<>(true) {
            @Override
            public Void visitDynamicParam(RexDynamicParam p) {
                slots.putIfAbsent(p.getIndex(), SynapseParameterBinder.slot(p.getType().getSqlTypeName(), false,
                        false));
                return null;
            }

            @Override
            public Void visitCall(RexCall call) {
                if (call.getOperator() instanceof SqlLikeOperator && call.getOperands().size() == 2
                        && call.getOperands().get(1) instanceof RexDynamicParam) {
                    RexDynamicParam p = (RexDynamicParam) call.getOperands().get(1);
                    slots.put(p.getIndex(), SynapseParameterBinder.slot(p.getType().getSqlTypeName(), true, false));
                }
                return super.visitCall(call);
            }
        };
        for (RexNode expression : expressions) {
            expression.accept(visitor);
        }
        return slots;
    }
}
