package org.synapsejdbc.calcite.rel;

import java.util.List;

import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.util.ImmutableBitSet;

/** The GROUP BY and aggregate functions of a pushed query block (one grouping set, whitelisted functions). */
public final class SynapseAggregate extends Aggregate implements SynapseRel {
    public SynapseAggregate(RelOptCluster cluster, RelTraitSet traitSet, RelNode input, ImmutableBitSet groupSet,
            List<AggregateCall> aggCalls) {
        super(cluster, traitSet, List.of(), input, groupSet, null, aggCalls);
        assert getConvention() instanceof SynapseConvention;
    }

    @Override
    public Aggregate copy(RelTraitSet traitSet, RelNode input, ImmutableBitSet groupSet,
            List<ImmutableBitSet> groupSets, List<AggregateCall> aggCalls) {
        if (groupSets != null && (groupSets.size() != 1 || !groupSets.get(0).equals(groupSet))) {
            throw new IllegalArgumentException("Synapse has no grouping sets");
        }
        return new SynapseAggregate(getCluster(), traitSet, input, groupSet, aggCalls);
    }

    @Override
    public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
        RelOptCost cost = super.computeSelfCost(planner, mq);
        return cost == null ? null : cost.multiplyBy(COST_FACTOR);
    }
}
