package org.synapsejdbc.calcite.dml;

import java.util.ArrayList;
import java.util.List;

import org.synapsejdbc.calcite.error.SynapseSqlStates;
import org.synapsejdbc.client.model.PartialRow;

/**
 * Splits the rows of one statement into change sets that each fit Synapse's request limit: a transaction request
 * body may be at most 2 MiB (413 otherwise), and a PartialRowSet at most 2,097,152 characters of values. Rows are
 * measured as the JSON bytes they add to the request ({@link RowJsonSize}), which bounds both.
 */
final class ChangeSetSplitter {
    /** Synapse's request body limit. */
    static final int MAX_REQUEST_BYTES = 2 * 1024 * 1024;
    /** Room for the transaction envelope (concreteTypes, ids) around the rows. */
    static final int ENVELOPE_BYTES = 4096;

    private final long budget;

    ChangeSetSplitter() {
        this(MAX_REQUEST_BYTES - ENVELOPE_BYTES);
    }

    ChangeSetSplitter(long budget) {
        this.budget = budget;
    }

    /** Consecutive runs of {@code rows}, each within the budget; a row alone over it is refused. */
    List<List<PartialRow>> split(List<PartialRow> rows) {
        List<List<PartialRow>> sets = new ArrayList<>();
        List<PartialRow> current = new ArrayList<>();
        long size = 0;
        for (PartialRow row : rows) {
            long rowSize = size(row) + 1;
            if (rowSize > budget) {
                throw DmlErrors.of(SynapseSqlStates.DATA,
                        "One row needs " + rowSize + " bytes; Synapse accepts at most "
                        + MAX_REQUEST_BYTES + " bytes per change set");
            }
            if (size + rowSize > budget && !current.isEmpty()) {
                sets.add(current);
                current = new ArrayList<>();
                size = 0;
            }
            current.add(row);
            size += rowSize;
        }
        if (!current.isEmpty()) {
            sets.add(current);
        }
        return sets;
    }

    static long size(PartialRow row) {
        return RowJsonSize.of(row);
    }
}
