package org.synapsejdbc.calcite.rel;

import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelCollation;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Sort;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rex.RexNode;

/** The ORDER BY and {@code LIMIT n [OFFSET m]} of a pushed query block (never an offset without a limit). */
public final class SynapseSort extends Sort implements SynapseRel {
    public SynapseSort(RelOptCluster cluster, RelTraitSet traitSet, RelNode input, RelCollation collation,
            RexNode offset, RexNode fetch) {
        super(cluster, traitSet, input, collation, offset, fetch);
        assert getConvention() instanceof SynapseConvention;
        if (offset != null && fetch == null) {
            throw new IllegalArgumentException("Synapse SQL needs LIMIT with OFFSET");
        }
    }

    @Override
    public Sort copy(RelTraitSet traitSet, RelNode newInput, RelCollation newCollation, RexNode offset,
            RexNode fetch) {
        return new SynapseSort(getCluster(), traitSet, newInput, newCollation, offset, fetch);
    }

    @Override
    public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
        RelOptCost cost = super.computeSelfCost(planner, mq);
        return cost == null ? null : cost.multiplyBy(COST_FACTOR);
    }
}
