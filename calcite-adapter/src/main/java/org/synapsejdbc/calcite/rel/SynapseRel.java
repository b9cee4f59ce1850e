package org.synapsejdbc.calcite.rel;

import org.apache.calcite.rel.RelNode;

/** A relational node that runs inside Synapse as part of one Synapse SQL query block. */
public interface SynapseRel extends RelNode {
    /** Cost factor that makes Volcano prefer pushed nodes to the same work done in Calcite. */
    double COST_FACTOR = 0.1;

    /** The query-block signature of this node (see {@link SynapseConvention}). */
    default String signature() {
        return ((SynapseConvention) getConvention()).signature();
    }
}
