package org.synapsejdbc.calcite.rel;

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
import org.apache.calcite.plan.ConventionTraitDef;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.convert.ConverterImpl;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.runtime.Hook;
import org.synapsejdbc.calcite.SynapseQueryRuntime;
import org.synapsejdbc.calcite.SynapseTable;
import org.synapsejdbc.calcite.sql.SynapseSqlImplementor;
import org.synapsejdbc.calcite.sql.SynapseStatement;

/**
 * The boundary between a pushed Synapse query block and Calcite's enumerable operators.
 *
 * <p>The Synapse SQL is generated once per chosen plan, shown in {@code EXPLAIN PLAN} as {@code sql=...}, announced
 * through {@link Hook#QUERY_PLAN} and compiled into the generated code as a constant, together with the parameter and
 * decoder codes; at execution the code calls {@link SynapseQueryRuntime#query}.
 */
public final class SynapseToEnumerableConverter extends ConverterImpl implements EnumerableRel {
    static final Method QUERY = findQueryMethod();

    private SynapseStatement statement;
    private RelNode statementInput;

    public SynapseToEnumerableConverter(RelOptCluster cluster, RelTraitSet traits, RelNode input) {
        super(cluster, ConventionTraitDef.INSTANCE, traits, input);
    }

    @Override
    public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
        return new SynapseToEnumerableConverter(getCluster(), traitSet, sole(inputs));
    }

    /**
     * Transfer cost grows with rows times columns, so that selecting fewer columns (and fewer rows) in Synapse wins;
     * Volcano compares row counts, so the width goes into that figure.
     */
    @Override
    public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
        double rows = mq.getRowCount(getInput());
        double width = getRowType().getFieldCount();
        return planner.getCostFactory().makeCost(rows * width * SynapseRel.COST_FACTOR, rows * width, 0);
    }

    @Override
    public RelWriter explainTerms(RelWriter pw) {
        RelWriter writer = super.explainTerms(pw);
        // While planning (and in the planner's DEBUG output) some node of the block is still a set of alternatives
        // (RelSubset, HepRelVertex); SQL exists only once every node down to the scan is chosen.
        return isChosenBlock(getInput()) ? writer.item("sql", statement().sql()) : writer;
    }

    /** Whether {@code node} and every input below it are pushed Synapse nodes, ending in the scan. */
    static boolean isChosenBlock(RelNode node) {
        RelNode current = node;
        while (current instanceof SynapseRel) {
            if (current instanceof SynapseTableScan) {
                return true;
            }
            if (current.getInputs().size() != 1) {
                return false;
            }
            current = current.getInput(0);
        }
        return false;
    }

    /**
     * The Synapse statement of the pushed block below, generated on first use and kept while the input is the same
     * node (a planner may replace the input of this very instance).
     */
    public synchronized SynapseStatement statement() {
        RelNode input = getInput();
        if (statement == null || statementInput != input) {
            statement = SynapseSqlImplementor.generate(input);
            statementInput = input;
        }
        return statement;
    }

    @Override
    public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
        SynapseStatement st = statement();
        Hook.QUERY_PLAN.run(st.sql());
        PhysType physType = PhysTypeImpl.of(implementor.getTypeFactory(), getRowType(),
                pref.prefer(JavaRowFormat.ARRAY));
        BlockBuilder block = new BlockBuilder();
        // Stashed in the statement's data context: works for schema tables and for tables made by table functions.
        Expression table = block.append("table", implementor.stash(scan().synapseTable(), SynapseTable.class));
        Expression enumerable = block.append("enumerable", Expressions.call(QUERY, table, DataContext.ROOT,
                Expressions.constant(st.sql()),
                Expressions.constant(st.parameterIndexes()),
                Expressions.constant(st.parameterSlots()),
                Expressions.constant(st.fieldNames()),
                Expressions.constant(st.fieldCodes()),
                Expressions.constant(st.aggregated()),
                Expressions.constant(st.ordered()),
                Expressions.constant(physType.getFormat() == JavaRowFormat.SCALAR)));
        block.add(Expressions.return_(null, enumerable));
        return implementor.result(physType, block.toBlock());
    }

    private SynapseTableScan scan() {
        RelNode node = getInput();
        while (!(node instanceof SynapseTableScan)) {
            if (node.getInputs().size() != 1) {
                throw new IllegalStateException("No Synapse scan below " + getInput());
            }
            node = node.getInput(0);
        }
        return (SynapseTableScan) node;
    }

    private static Method findQueryMethod() {
        for (Method method : SynapseQueryRuntime.class.getMethods()) {
            if (method.getName().equals("query")) {
                return method;
            }
        }
        throw new IllegalStateException("SynapseQueryRuntime.query not found");
    }
}
