package org.synapsejdbc.calcite.dml;

import java.lang.reflect.Method;
import java.util.List;

import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.adapter.enumerable.JavaRowFormat;
import org.apache.calcite.adapter.enumerable.PhysType;
import org.apache.calcite.adapter.enumerable.PhysTypeImpl;
import org.apache.calcite.linq4j.tree.BlockBuilder;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.prepare.Prepare;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.TableModify;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.synapsejdbc.calcite.SynapseTable;

/**
 * INSERT, UPDATE or DELETE on a Synapse table as an enumerable operator: its input (new rows, or the matched rows
 * with the SET values appended, planned through the pushdown so the WHERE becomes one Synapse query) is handed to
 * {@link DmlRuntime#modify}, which writes the changes and yields the update count.
 */
public final class SynapseTableModify extends TableModify implements EnumerableRel {
    private static final Method MODIFY = findModify();

    SynapseTableModify(RelOptCluster cluster, RelTraitSet traits, RelOptTable table,
            Prepare.CatalogReader catalogReader, RelNode input, Operation operation, List<String> updateColumnList,
            List<RexNode> sourceExpressionList, boolean flattened) {
        super(cluster, traits, table, catalogReader, input, operation, updateColumnList, sourceExpressionList,
                flattened);
    }

    @Override
    public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
        return new SynapseTableModify(getCluster(), traitSet, getTable(), getCatalogReader(), sole(inputs),
                getOperation(), getUpdateColumnList(), getSourceExpressionList(), isFlattened());
    }

    /** Far cheaper than Calcite's own EnumerableTableModify, which cannot write to Synapse. */
    @Override
    public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
        RelOptCost cost = super.computeSelfCost(planner, mq);
        return cost == null ? null : cost.multiplyBy(0.01);
    }

    @Override
    public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
        BlockBuilder block = new BlockBuilder();
        ParameterChecks params = ParameterChecks.of(this);
        Result child = implementor.visitChild(this, 0, (EnumerableRel) getInput(), Prefer.ARRAY);
        Expression rows = block.append("rows", child.block);
        if (child.physType.getFormat() != JavaRowFormat.ARRAY) {
            rows = block.append("arrays", child.physType.convertTo(rows, JavaRowFormat.ARRAY));
        }
        Expression table = block.append("table", implementor.stash(getTable().unwrap(SynapseTable.class),
                SynapseTable.class));
        Expression count = block.append("count", Expressions.call(MODIFY, table, DataContext.ROOT,
                Expressions.constant(getOperation().name()),
                Expressions.constant(updateColumns()),
                Expressions.constant(sourceFields()),
                Expressions.constant(params.indexes()),
                Expressions.constant(params.limits()),
                Expressions.constant(params.columns()),
                Expressions.constant(!readsTables(getInput())),
                rows));
        block.add(Expressions.return_(null, count));
        PhysType physType = PhysTypeImpl.of(implementor.getTypeFactory(), getRowType(), JavaRowFormat.SCALAR);
        return implementor.result(physType, block.toBlock());
    }

    /** Whether the input reads a table: then it must see the batch's earlier writes, which go out first. */
    private static boolean readsTables(RelNode node) {
        if (node instanceof org.apache.calcite.rel.core.TableScan) {
            return true;
        }
        for (RelNode input : node.getInputs()) {
            if (readsTables(input)) {
                return true;
            }
        }
        return false;
    }

    private String[] updateColumns() {
        List<String> columns = getUpdateColumnList();
        return columns == null ? new String[0] : columns.toArray(new String[0]);
    }

    /** Input field of each SET value: SqlToRelConverter appends them after the table's own columns. */
    int[] sourceFields() {
        List<RexNode> sources = getSourceExpressionList();
        if (sources == null) {
            return new int[0];
        }
        int tableFields = getTable().getRowType().getFieldCount();
        int[] fields = new int[sources.size()];
        for (int i = 0; i < fields.length; i++) {
            RexNode source = sources.get(i);
            fields[i] = source instanceof RexInputRef ref ? ref.getIndex() : tableFields + i;
        }
        return fields;
    }

    private static Method findModify() {
        for (Method method : DmlRuntime.class.getMethods()) {
            if (method.getName().equals("modify")) {
                return method;
            }
        }
        throw new IllegalStateException("DmlRuntime.modify not found");
    }
}
