package org.synapsejdbc.calcite.dml;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.synapsejdbc.client.model.PartialRow;

/**
 * Groups the rows of a JDBC batch ({@code PreparedStatement.addBatch}/{@code executeBatch}) into as few Synapse
 * transactions as the size limit allows: while a batch runs on this thread, each execution's changes are kept and
 * sent together when the batch ends. Only commands whose rows come from no table (INSERT … VALUES, parameters) are
 * kept; before any other command reads its rows, the pending changes go out, so it sees them. A row changed twice
 * is sent in order (the pending changes go out first), since Synapse accepts each row id once per change set.
 */
public final class DmlBatch {
    private static final ThreadLocal<DmlBatch> CURRENT = new ThreadLocal<>();

    private TableWriter writer;
    private ChangePlan plan;
    private final List<PartialRow> rows = new ArrayList<>();
    private final Set<Long> rowIds = new HashSet<>();

    private DmlBatch() {
    }

    /** Something that runs the executions of a batch. */
    @FunctionalInterface
    public interface Body<T, E extends Exception> {
        T run() throws E;
    }

    /** Runs {@code body} with DML grouping on, then sends what it left pending (its failure fails the batch). */
    public static <T, E extends Exception> T run(Body<T, E> body) throws E {
        DmlBatch outer = CURRENT.get();
        if (outer != null) {
            return body.run();
        }
        DmlBatch batch = new DmlBatch();
        CURRENT.set(batch);
        try {
            T result = body.run();
            batch.flush();
            return result;
        } finally {
            CURRENT.remove();
        }
    }

    static DmlBatch current() {
        return CURRENT.get();
    }

    /** Keeps the changes of one execution; sends the pending ones first when they cannot share a change set. */
    void add(TableWriter writer, ChangePlan plan, List<PartialRow> changes) {
        boolean compatible = this.plan == null || this.plan.table().entityId().equals(plan.table().entityId())
                && this.plan.operation() == plan.operation() && this.plan.view() == plan.view();
        if (!compatible || repeats(changes)) {
            flush();
        }
        this.writer = writer;
        this.plan = plan;
        rows.addAll(changes);
        for (PartialRow r : changes) {
            if (r.getRowId() != null) {
                rowIds.add(r.getRowId());
            }
        }
    }

    private boolean repeats(List<PartialRow> changes) {
        for (PartialRow r : changes) {
            if (r.getRowId() != null && rowIds.contains(r.getRowId())) {
                return true;
            }
        }
        return false;
    }

    /** Sends the pending changes now. */
    void flush() {
        if (rows.isEmpty()) {
            return;
        }
        List<PartialRow> pending = new ArrayList<>(rows);
        rows.clear();
        rowIds.clear();
        writer.write(plan, pending);
    }
}
