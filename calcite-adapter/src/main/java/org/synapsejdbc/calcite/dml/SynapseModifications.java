package org.synapsejdbc.calcite.dml;

import java.util.List;

import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.prepare.Prepare;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.TableModify;
import org.apache.calcite.rel.logical.LogicalTableModify;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql2rel.InitializerExpressionFactory;
import org.synapsejdbc.calcite.SynapseTable;

/**
 * How DML statements on Synapse tables enter planning: the rule that turns a logical modify into
 * {@link SynapseTableModify}, and the two places that add it to a statement's planner.
 *
 * <p>Calcite 1.42 calls {@link org.apache.calcite.schema.ModifiableTable#toModificationRel} only for INSERT; UPDATE
 * and DELETE always scan their target table, whose scan registers the pushdown rules and, through them, this rule.
 */
public final class SynapseModifications {
    static {
        StatementHooks.install();
    }

    private SynapseModifications() {
    }

    /** Installs the JVM-wide checks that must see statements before planning (called when Synapse tables load). */
    public static void install() {
        // The static initializer does the work; calling this loads the class.
    }

    /** Adds the DML rule to a planner (idempotent). */
    public static void register(RelOptPlanner planner) {
        planner.addRule(SynapseTableModifyRule.INSTANCE);
    }

    /** INSERT path: registers the rule with the statement's planner and builds the logical modify. */
    public static TableModify toModificationRel(RelOptCluster cluster, RelOptTable table,
            Prepare.CatalogReader catalogReader, RelNode child, TableModify.Operation operation,
            List<String> updateColumnList, List<RexNode> sourceExpressionList, boolean flattened) {
        register(cluster.getPlanner());
        return LogicalTableModify.create(table, catalogReader, child, operation, updateColumnList,
                sourceExpressionList, flattened);
    }

    /** What {@link SynapseTable#unwrap} answers for DML: the column strategies, or null. */
    public static <C> C unwrap(SynapseTable table, Class<C> type) {
        if (type == InitializerExpressionFactory.class) {
            return type.cast(new SynapseColumnStrategies(table));
        }
        return null;
    }
}
