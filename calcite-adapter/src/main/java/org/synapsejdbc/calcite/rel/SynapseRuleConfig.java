package org.synapsejdbc.calcite.rel;

import java.util.Objects;
import java.util.function.Function;

import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.core.RelFactories;
import org.apache.calcite.tools.RelBuilderFactory;

/** A plain {@link RelRule.Config} for the Synapse pushdown rules (no annotation processor needed). */
final class SynapseRuleConfig implements RelRule.Config {
    private final String description;
    private final RelRule.OperandTransform operandSupplier;
    private final RelBuilderFactory relBuilderFactory;
    private final Function<SynapseRuleConfig, RelOptRule> factory;

    SynapseRuleConfig(String description, RelRule.OperandTransform operandSupplier,
            Function<SynapseRuleConfig, RelOptRule> factory) {
        this(description, operandSupplier, RelFactories.LOGICAL_BUILDER, factory);
    }

    private SynapseRuleConfig(String description, RelRule.OperandTransform operandSupplier,
            RelBuilderFactory relBuilderFactory, Function<SynapseRuleConfig, RelOptRule> factory) {
        this.description = Objects.requireNonNull(description, "description");
        this.operandSupplier = Objects.requireNonNull(operandSupplier, "operandSupplier");
        this.relBuilderFactory = relBuilderFactory;
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    @Override
    public RelOptRule toRule() {
        return factory.apply(this);
    }

    @Override
    public RelBuilderFactory relBuilderFactory() {
        return relBuilderFactory;
    }

    @Override
    public RelRule.Config withRelBuilderFactory(RelBuilderFactory factory) {
        return new SynapseRuleConfig(description, operandSupplier, factory, this.factory);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public RelRule.Config withDescription(String description) {
        return new SynapseRuleConfig(description, operandSupplier, relBuilderFactory, factory);
    }

    @Override
    public RelRule.OperandTransform operandSupplier() {
        return operandSupplier;
    }

    @Override
    public RelRule.Config withOperandSupplier(RelRule.OperandTransform transform) {
        return new SynapseRuleConfig(description, transform, relBuilderFactory, factory);
    }
}
