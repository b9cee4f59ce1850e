package org.synapsejdbc.calcite.dml;

import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.plan.Convention;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.convert.ConverterRule;
import org.apache.calcite.rel.logical.LogicalTableModify;
import org.synapsejdbc.calcite.SynapseTable;

/** Converts a logical INSERT/UPDATE/DELETE whose target is a Synapse table into {@link SynapseTableModify}. */
final class SynapseTableModifyRule extends ConverterRule {
    static final SynapseTableModifyRule INSTANCE = Config.INSTANCE
            .withConversion(LogicalTableModify.class, Convention.NONE, EnumerableConvention.INSTANCE,
                    "SynapseTableModifyRule")
            .withRuleFactory(SynapseTableModifyRule::new)
            .toRule(SynapseTableModifyRule.class);

    private SynapseTableModifyRule(Config config) {
        super(config);
    }

    @Override
    public RelNode convert(RelNode rel) {
        LogicalTableModify modify = (LogicalTableModify) rel;
        SynapseTable table = modify.getTable().unwrap(SynapseTable.class);
        if (table == null) {
            return null;
        }
        RelTraitSet traits = modify.getTraitSet().replace(EnumerableConvention.INSTANCE);
        return new SynapseTableModify(modify.getCluster(), traits, modify.getTable(), modify.getCatalogReader(),
                convert(modify.getInput(), modify.getInput().getTraitSet().replace(EnumerableConvention.INSTANCE)),
                modify.getOperation(), modify.getUpdateColumnList(), modify.getSourceExpressionList(),
                modify.isFlattened());
    }
}
