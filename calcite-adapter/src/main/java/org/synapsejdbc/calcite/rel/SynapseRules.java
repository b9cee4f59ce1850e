package org.synapsejdbc.calcite.rel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.enumerable.EnumerableRules;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.RelCollation;
import org.apache.calcite.rel.RelFieldCollation;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.convert.ConverterRule;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.logical.LogicalAggregate;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rel.logical.LogicalSort;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.type.SqlTypeUtil;
import org.apache.calcite.util.ImmutableBitSet;
import org.synapsejdbc.calcite.sql.SynapseSqlDialect;

/**
 * The pushdown rules: each turns a logical filter, project, aggregate or sort into its Synapse node when the
 * result is still one Synapse query block (see {@link SynapseConvention}) and every expression passes the whitelist.
 *
 * <p>A rule offers one alternative per input signature it may extend, asking for its input in that exact
 * convention; Volcano keeps the ones whose input can be produced. Filters are split: the conjuncts Synapse can
 * evaluate are pushed, the rest stay in a Calcite filter above. Because Synapse compares text case- and
 * accent-insensitively, the conjuncts that touch one text column are pushed together or not at all.
 */
public final class SynapseRules {
    public static final RelOptRule FILTER = new SynapseFilterRule(new SynapseRuleConfig("SynapseFilterRule",
            b -> b.operand(LogicalFilter.class).anyInputs(), SynapseFilterRule::new));
    public static final RelOptRule PROJECT = new SynapseProjectRule(new SynapseRuleConfig("SynapseProjectRule",
            b -> b.operand(LogicalProject.class).anyInputs(), SynapseProjectRule::new));
    public static final RelOptRule AGGREGATE = new SynapseAggregateRule(new SynapseRuleConfig("SynapseAggregateRule",
            b -> b.operand(LogicalAggregate.class).anyInputs(), SynapseAggregateRule::new));
    public static final RelOptRule SORT = new SynapseSortRule(new SynapseRuleConfig("SynapseSortRule",
            b -> b.operand(LogicalSort.class).anyInputs(), SynapseSortRule::new));

    /** Every rule, including one converter rule per query-block signature. */
    public static final List<RelOptRule> RULES;

    static {
        List<RelOptRule> rules = new ArrayList<>(List.of(FILTER, PROJECT, AGGREGATE, SORT));
        for (SynapseConvention convention : SynapseConvention.all()) {
            rules.add(ConverterRule.Config.INSTANCE
                    .withConversion(SynapseRel.class, convention, EnumerableConvention.INSTANCE,
                            "SynapseToEnumerableConverterRule(" + convention.signature() + ")")
                    .withRuleFactory(SynapseToEnumerableConverterRule::new)
                    .toRule(SynapseToEnumerableConverterRule.class));
        }
        RULES = List.copyOf(rules);
    }

    /** For each node kind, the signatures a node of that kind may be put on, paired with its own (computed once). */
    private static final Map<Character, Map<String, String>> EXTENSIONS = Map.of(
            'f', SynapseConvention.extensions('f'), 'p', SynapseConvention.extensions('p'),
            'a', SynapseConvention.extensions('a'), 'l', SynapseConvention.extensions('l'));

    private SynapseRules() {
    }

    /**
     * Adds the rules to a planner (idempotent) and removes the enumerable rules that trust an input's sort order:
     * Synapse sorts text case- and accent-insensitively, so a merge join, merge union or sorted aggregate over a
     * pushed ORDER BY would pair or group rows wrongly in Calcite.
     */
    public static void register(RelOptPlanner planner) {
        for (RelOptRule rule : RULES) {
            planner.addRule(rule);
        }
        planner.removeRule(EnumerableRules.ENUMERABLE_MERGE_JOIN_RULE);
        planner.removeRule(EnumerableRules.ENUMERABLE_MERGE_UNION_RULE);
        planner.removeRule(EnumerableRules.ENUMERABLE_SORTED_AGGREGATE_RULE);
        // UPDATE and DELETE never call toModificationRel; their input scans this table, so the DML rule joins here.
        org.synapsejdbc.calcite.dml.SynapseModifications.register(planner);
    }

    private static RelNode inputIn(RelNode input, String signature) {
        return RelOptRule.convert(input, input.getTraitSet().replace(SynapseConvention.of(signature)));
    }

    /** Pushes the Synapse-evaluable part of a filter's condition. */
    static final class SynapseFilterRule extends RelRule<SynapseRuleConfig> {
        SynapseFilterRule(SynapseRuleConfig config) {
            super(config);
        }

        @Override
        public void onMatch(RelOptRuleCall call) {
            LogicalFilter filter = call.rel(0);
            RelNode input = filter.getInput();
            List<RexNode> pushed = new ArrayList<>();
            List<RexNode> residual = new ArrayList<>();
            split(filter.getCondition(), input, pushed, residual);
            if (pushed.isEmpty()) {
                return;
            }
            RexNode pushedCondition = RexUtil.composeConjunction(filter.getCluster().getRexBuilder(), pushed);
            for (Map.Entry<String, String> e : EXTENSIONS.get('f').entrySet()) {
                RelNode synapse = new SynapseFilter(filter.getCluster(),
                        filter.getTraitSet().replace(SynapseConvention.of(e.getValue())),
                        inputIn(input, e.getKey()), pushedCondition);
                call.transformTo(residual.isEmpty() ? synapse : LogicalFilter.create(synapse,
                        RexUtil.composeConjunction(filter.getCluster().getRexBuilder(), residual)));
            }
        }

        /** Splits the conjunction; text columns are pushed all-or-none. */
        static void split(RexNode condition, RelNode input, List<RexNode> pushed, List<RexNode> residual) {
            List<RexNode> conjuncts = RelOptUtil.conjunctions(condition);
            RexNode[] rewritten = new RexNode[conjuncts.size()];
            for (int i = 0; i < conjuncts.size(); i++) {
                rewritten[i] = SynapseExpressions.predicate(conjuncts.get(i), input);
            }
            boolean changed = true;
            while (changed) {
                changed = false;
                ImmutableBitSet kept = ImmutableBitSet.of();
                for (int i = 0; i < conjuncts.size(); i++) {
                    if (rewritten[i] == null) {
                        kept = kept.union(textColumns(conjuncts.get(i), input));
                    }
                }
                for (int i = 0; i < conjuncts.size(); i++) {
                    if (rewritten[i] != null && textColumns(conjuncts.get(i), input).intersects(kept)) {
                        rewritten[i] = null;
                        changed = true;
                    }
                }
            }
            for (int i = 0; i < conjuncts.size(); i++) {
                (rewritten[i] != null ? pushed : residual).add(rewritten[i] != null ? rewritten[i] : conjuncts.get(i));
            }
        }

        private static ImmutableBitSet textColumns(RexNode node, RelNode input) {
            ImmutableBitSet.Builder columns = ImmutableBitSet.builder();
            for (int field : RelOptUtil.InputFinder.bits(node)) {
                if (SqlTypeUtil.isCharacter(input.getRowType().getFieldList().get(field).getType())) {
                    columns.set(field);
                }
            }
            return columns.build();
        }
    }

    /** Pushes a select list; when part of it cannot be pushed, pushes the columns it needs. */
    static final class SynapseProjectRule extends RelRule<SynapseRuleConfig> {
        SynapseProjectRule(SynapseRuleConfig config) {
            super(config);
        }

        @Override
        public void onMatch(RelOptRuleCall call) {
            LogicalProject project = call.rel(0);
            RelNode input = project.getInput();
            if (project.containsOver() || !project.getVariablesSet().isEmpty()) {
                return;
            }
            boolean all = project.getProjects().stream().allMatch(e -> SynapseExpressions.selectable(e, input));
            boolean columnsOnly = project.getProjects().stream().allMatch(e -> e instanceof RexInputRef);
            if (all) {
                for (Map.Entry<String, String> e : EXTENSIONS.get('p').entrySet()) {
                    if (e.getValue().endsWith("q") && !columnsOnly) {
                        // Over ORDER BY/LIMIT only a choice of columns keeps the block single.
                        continue;
                    }
                    call.transformTo(new SynapseProject(project.getCluster(),
                            project.getTraitSet().replace(SynapseConvention.of(e.getValue())),
                            inputIn(input, e.getKey()), project.getProjects(), project.getRowType()));
                }
                return;
            }
            ImmutableBitSet used = RelOptUtil.InputFinder.bits(project.getProjects(), null);
            if (used.isEmpty() || used.cardinality() >= input.getRowType().getFieldCount()) {
                return;
            }
            List<RexNode> columns = new ArrayList<>();
            List<String> names = new ArrayList<>();
            int[] newIndex = new int[input.getRowType().getFieldCount()];
            for (int field : used) {
                newIndex[field] = columns.size();
                columns.add(RexInputRef.of(field, input.getRowType()));
                names.add(input.getRowType().getFieldNames().get(field));
            }
            RelDataType prunedType = project.getCluster().getTypeFactory().createStructType(
                    columns.stream().map(RexNode::getType).collect(Collectors.toList()), names);
            RexShuttle remap = new RexShuttle() {
                @Override
                public RexNode visitInputRef(RexInputRef ref) {
                    return new RexInputRef(newIndex[ref.getIndex()], ref.getType());
                }
            };
            for (Map.Entry<String, String> e : EXTENSIONS.get('p').entrySet()) {
                RelNode pruned = new SynapseProject(project.getCluster(),
                        input.getTraitSet().replace(SynapseConvention.of(e.getValue())),
                        inputIn(input, e.getKey()), columns, prunedType);
                List<RexNode> top = new ArrayList<>();
                for (RexNode expression : project.getProjects()) {
                    top.add(expression.accept(remap));
                }
                call.transformTo(LogicalProject.create(pruned, project.getHints(), top, project.getRowType(),
                        project.getVariablesSet()));
            }
        }
    }

    /** Pushes GROUP BY with whitelisted aggregate functions (DISTINCT included). */
    static final class SynapseAggregateRule extends RelRule<SynapseRuleConfig> {
        SynapseAggregateRule(SynapseRuleConfig config) {
            super(config);
        }

        @Override
        public void onMatch(RelOptRuleCall call) {
            LogicalAggregate aggregate = call.rel(0);
            RelNode input = aggregate.getInput();
            if (aggregate.getGroupType() != Aggregate.Group.SIMPLE) {
                return;
            }
            for (int key : aggregate.getGroupSet()) {
                if (!groupable(input, key)) {
                    return;
                }
            }
            for (AggregateCall aggCall : aggregate.getAggCallList()) {
                if (!supported(aggCall, input)) {
                    return;
                }
            }
            for (Map.Entry<String, String> e : EXTENSIONS.get('a').entrySet()) {
                call.transformTo(new SynapseAggregate(aggregate.getCluster(),
                        aggregate.getTraitSet().replace(SynapseConvention.of(e.getValue())),
                        inputIn(input, e.getKey()), aggregate.getGroupSet(), aggregate.getAggCallList()));
            }
        }

        private static boolean groupable(RelNode input, int field) {
            SqlTypeName type = input.getRowType().getFieldList().get(field).getType().getSqlTypeName();
            return type != SqlTypeName.ARRAY && SynapseColumns.comparable(input, field);
        }

        private static boolean supported(AggregateCall call, RelNode input) {
            if (call.filterArg >= 0 || call.isApproximate() || !call.collation.getFieldCollations().isEmpty()
                    || !call.rexList.isEmpty() || call.distinctKeys != null
                    || !SynapseSqlDialect.INSTANCE.supportsAggregateFunction(call.getAggregation().getKind())) {
                return false;
            }
            List<Integer> args = call.getArgList();
            List<RelDataType> types = new ArrayList<>();
            for (int arg : args) {
                types.add(input.getRowType().getFieldList().get(arg).getType());
            }
            switch (call.getAggregation().getKind()) {
                case COUNT:
                    if (args.size() > 1 && !call.isDistinct()) {
                        return false;
                    }
                    for (int i = 0; i < args.size(); i++) {
                        if (call.isDistinct() && !groupable(input, args.get(i))) {
                            return false;
                        }
                    }
                    return true;
                case SUM:
                case SUM0:
                    return args.size() == 1 && SqlTypeUtil.isNumeric(types.get(0));
                case AVG:
                case STDDEV_POP:
                case STDDEV_SAMP:
                case VAR_POP:
                case VAR_SAMP:
                    // MySQL averages integers as decimals rounded to 4 places; only floating point agrees with Calcite.
                    return args.size() == 1 && SqlTypeUtil.isApproximateNumeric(types.get(0));
                case MIN:
                case MAX:
                    return args.size() == 1 && types.get(0).getSqlTypeName() != SqlTypeName.ARRAY
                            && SynapseColumns.orderable(input, args.get(0));
                default:
                    return false;
            }
        }
    }

    /** Pushes ORDER BY and LIMIT/OFFSET; never an offset without a limit, never a null order MySQL lacks. */
    static final class SynapseSortRule extends RelRule<SynapseRuleConfig> {
        SynapseSortRule(SynapseRuleConfig config) {
            super(config);
        }

        @Override
        public void onMatch(RelOptRuleCall call) {
            LogicalSort sort = call.rel(0);
            RelNode input = sort.getInput();
            if (sort.offset != null && sort.fetch == null
                    || sort.fetch == null && sort.getCollation().getFieldCollations().isEmpty()
                    || !count(sort.offset) || !count(sort.fetch) || !sortable(sort.getCollation(), input)) {
                return;
            }
            for (Map.Entry<String, String> e : EXTENSIONS.get('l').entrySet()) {
                call.transformTo(new SynapseSort(sort.getCluster(),
                        sort.getTraitSet().replace(SynapseConvention.of(e.getValue())),
                        inputIn(input, e.getKey()), sort.getCollation(), sort.offset, sort.fetch));
            }
        }

        private static boolean count(RexNode node) {
            return node == null || node instanceof RexLiteral || node instanceof RexDynamicParam
                    && SqlTypeUtil.isIntType(node.getType());
        }

        private static boolean sortable(RelCollation collation, RelNode input) {
            for (RelFieldCollation field : collation.getFieldCollations()) {
                RelFieldCollation.NullDirection nulls = field.nullDirection;
                switch (field.getDirection()) {
                    case ASCENDING:
                        if (nulls == RelFieldCollation.NullDirection.LAST) {
                            return false;
                        }
                        break;
                    case DESCENDING:
                        if (nulls == RelFieldCollation.NullDirection.FIRST) {
                            return false;
                        }
                        break;
                    default:
                        return false;
                }
                int index = field.getFieldIndex();
                if (input.getRowType().getFieldList().get(index).getType().getSqlTypeName() == SqlTypeName.ARRAY
                        || !SynapseColumns.orderable(input, index)) {
                    return false;
                }
            }
            return true;
        }
    }
}
