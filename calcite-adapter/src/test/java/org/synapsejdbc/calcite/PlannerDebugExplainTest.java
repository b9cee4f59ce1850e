package org.synapsejdbc.calcite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.calcite.plan.RelOptListener;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelRoot;
import org.apache.calcite.runtime.Hook;
import org.apache.calcite.sql.SqlExplainLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With the planner's DEBUG logging on, Calcite explains every rule's product while planning (its
 * {@code RuleEventLogger} calls {@code RelOptUtil.toString(rel, ALL_ATTRIBUTES)}), when the pushed block under a
 * converter still has sets of alternatives as inputs. A listener doing the same reproduces that without logging.
 */
class PlannerDebugExplainTest {
    private SynapseTestSchema schema;

    @BeforeEach
    void open() throws SQLException {
        schema = new SynapseTestSchema();
    }

    @AfterEach
    void close() throws SQLException {
        schema.close();
    }

    @Test
    void convertersCanBeExplainedWhilePlanning() throws SQLException {
        List<String> explained = new ArrayList<>();
        Consumer<RelOptPlanner> addListener = planner -> planner.addListener(new ExplainingListener(explained));
        String sql;
        try (Hook.Closeable hook = Hook.PLANNER.addThread(addListener)) {
            sql = schema.pushed("select name from syn100 where n = 1 order by name limit 3");
        }
        assertEquals("SELECT \"name\" FROM syn100 WHERE \"n\" = 1 ORDER BY \"name\" LIMIT 3", sql);
        List<String> converters = explained.stream().filter(s -> s.startsWith("SynapseToEnumerableConverter")).toList();
        assertFalse(converters.isEmpty(), "no converter was produced while planning: " + explained);
        // A block with alternatives below it is not chosen yet, so no SQL is claimed for it; a block over the bare
        // scan is complete and shows its SQL.
        List<String> undecided = converters.stream().filter(s -> s.contains("RelSubset")).toList();
        assertFalse(undecided.isEmpty(), converters.toString());
        assertTrue(undecided.stream().noneMatch(s -> s.lines().findFirst().orElseThrow().contains("sql=")),
                undecided.toString());
        assertTrue(converters.stream().anyMatch(s -> s.startsWith("SynapseToEnumerableConverter(sql=[SELECT ")),
                converters.toString());
    }

    @Test
    void aChosenPlanIsExplainedWithItsSql() throws SQLException {
        List<RelNode> chosen = new ArrayList<>();
        Consumer<RelRoot> capture = root -> chosen.add(root.rel);
        try (Hook.Closeable hook = Hook.PLAN_BEFORE_IMPLEMENTATION.addThread(capture)) {
            schema.pushed("select name from syn100 where n = 1 order by name limit 3");
        }
        assertEquals(1, chosen.size());
        String plan = RelOptUtil.toString(chosen.get(0), SqlExplainLevel.ALL_ATTRIBUTES);
        assertTrue(plan.startsWith("SynapseToEnumerableConverter"), plan);
        assertTrue(plan.contains("sql=[SELECT \"name\" FROM syn100 WHERE \"n\" = 1 ORDER BY \"name\" LIMIT 3]"), plan);
    }

    /** Explains each rule product as the planner's DEBUG logging does. */
    private static final class ExplainingListener implements RelOptListener {
        private final List<String> explained;

        ExplainingListener(List<String> explained) {
            this.explained = explained;
        }

        @Override
        public void ruleProductionSucceeded(RuleProductionEvent event) {
            if (!event.isBefore()) {
                explained.add(RelOptUtil.toString(event.getRel(), SqlExplainLevel.ALL_ATTRIBUTES));
            }
        }

        @Override
        public void relEquivalenceFound(RelEquivalenceEvent event) {
        }

        @Override
        public void ruleAttempted(RuleAttemptedEvent event) {
        }

        @Override
        public void relDiscarded(RelDiscardedEvent event) {
        }

        @Override
        public void relChosen(RelChosenEvent event) {
        }
    }
}
