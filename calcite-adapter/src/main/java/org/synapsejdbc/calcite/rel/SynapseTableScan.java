package org.synapsejdbc.calcite.rel;

import java.util.List;
import java.util.Objects;

import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.core.TableScan;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.synapsejdbc.calcite.SynapseTable;

/** Scan of one Synapse table or view: the {@code FROM syn123[.n]} of a pushed query block. */
public final class SynapseTableScan extends TableScan implements SynapseRel {
    private final SynapseTable synapseTable;

    public SynapseTableScan(RelOptCluster cluster, RelTraitSet traitSet, RelOptTable table,
            SynapseTable synapseTable) {
        super(cluster, traitSet, List.of(), table);
        this.synapseTable = Objects.requireNonNull(synapseTable, "synapseTable");
        assert getConvention() == SynapseConvention.of("s");
    }

    public SynapseTable synapseTable() {
        return synapseTable;
    }

    @Override
    public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
        assert inputs.isEmpty();
        return new SynapseTableScan(getCluster(), traitSet, getTable(), synapseTable);
    }

    @Override
    public void register(RelOptPlanner planner) {
        SynapseRules.register(planner);
    }

    @Override
    public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
        RelOptCost cost = super.computeSelfCost(planner, mq);
        return cost == null ? null : cost.multiplyBy(COST_FACTOR);
    }

    @Override
    public RelWriter explainTerms(RelWriter pw) {
        return super.explainTerms(pw).item("synapse", synapseTable.descriptor().fromName());
    }
}
