package org.synapsejdbc.calcite.dml;

import java.util.ArrayList;
import java.util.List;

import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.linq4j.Linq4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synapsejdbc.calcite.SynapseTable;
import org.synapsejdbc.client.error.SynapseException;
import org.synapsejdbc.client.model.PartialRow;

/**
 * The entry point that generated code of {@link SynapseTableModify} calls: checks the statement, reads all input
 * rows first (an UPDATE's WHERE may stop matching a row once it is changed, so writing while paging would skip
 * rows), then writes them, or leaves them to the running {@link DmlBatch}.
 */
public final class DmlRuntime {
    private static final Logger LOG = LoggerFactory.getLogger(DmlRuntime.class);

    private DmlRuntime() {
    }

    /**
     * @param table         the target table
     * @param root          the statement's data context
     * @param operation     {@code INSERT}, {@code UPDATE} or {@code DELETE}
     * @param updateColumns the SET targets (UPDATE only)
     * @param sourceFields  the input field holding each SET value
     * @param paramIndexes  {@code ?} parameters written as they are into a text column
     * @param paramLimits   that column's maximum length
     * @param paramColumns  that column's name
     * @param deferrable    whether the input reads no table, so a running batch may keep the rows for later
     * @param rows          the input rows as {@code Object[]}
     * @return one value, the update count; the work happens when it is enumerated
     */
    public static Enumerable<Long> modify(SynapseTable table, DataContext root, String operation,
            String[] updateColumns, int[] sourceFields, int[] paramIndexes, int[] paramLimits, String[] paramColumns,
            boolean deferrable, Enumerable<?> rows) {
        return new AbstractEnumerable<>() {
            @Override
            public Enumerator<Long> enumerator() {
                ParameterChecks.check(root, paramIndexes, paramLimits, paramColumns);
                return Linq4j.singletonEnumerator(run(table, root, operation, updateColumns, sourceFields, deferrable,
                        rows));
            }
        };
    }

    static long run(SynapseTable table, DataContext root, String operation, String[] updateColumns,
            int[] sourceFields, boolean deferrable, Enumerable<?> rows) {
        ChangePlan plan = ChangePlan.of(table.descriptor(), operation, updateColumns, sourceFields);
        DmlBatch batch = DmlBatch.current();
        if (batch != null && !deferrable) {
            // The rows to change are read now and must reflect the batch's earlier commands.
            batch.flush();
        }
        List<PartialRow> changes = new ArrayList<>();
        try (Enumerator<?> e = rows.enumerator()) {
            while (e.moveNext()) {
                changes.add(plan.toRow((Object[]) e.current()));
            }
        } catch (SynapseException e) {
            throw DmlErrors.translate(e, "read the rows to " + operation + " in " + table.descriptor().entityId());
        }
        LOG.debug("{} on {}: {} row(s)", operation, table.descriptor().entityId(), changes.size());
        if (changes.isEmpty()) {
            return 0;
        }
        TableWriter writer = new TableWriter(WriteClients.of(root));
        if (batch != null && deferrable) {
            batch.add(writer, plan, changes);
            return changes.size();
        }
        return writer.write(plan, changes);
    }
}
