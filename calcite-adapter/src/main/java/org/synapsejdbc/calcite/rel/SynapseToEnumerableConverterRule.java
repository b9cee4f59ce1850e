package org.synapsejdbc.calcite.rel;

import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.convert.ConverterRule;

/** Puts a {@link SynapseToEnumerableConverter} on top of a pushed query block of one signature. */
public final class SynapseToEnumerableConverterRule extends ConverterRule {
    public SynapseToEnumerableConverterRule(Config config) {
        super(config);
    }

    @Override
    public RelNode convert(RelNode rel) {
        return new SynapseToEnumerableConverter(rel.getCluster(),
                rel.getTraitSet().replace(EnumerableConvention.INSTANCE), rel);
    }
}
