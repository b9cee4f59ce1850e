package org.synapsejdbc.calcite;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;

/**
 * A {@link SynapseQueryExecutor} that answers every statement with the wire rows it was given and records the
 * statements it ran, to check that rows flow back through decoding and that parameters were bound. It does not
 * evaluate SQL: tests give the rows Synapse would return for the statement they expect.
 */
final class InMemorySynapseExecutor implements SynapseQueryExecutor {
    private final List<SynapseQuery> executed = Collections.synchronizedList(new ArrayList<>());
    private volatile List<String[]> rows = List.of();
    private volatile DataContext lastContext;

    /** The wire rows every following statement returns. */
    InMemorySynapseExecutor returning(List<String[]> wireRows) {
        this.rows = List.copyOf(wireRows);
        return this;
    }

    List<SynapseQuery> executed() {
        return executed;
    }

    DataContext lastContext() {
        return lastContext;
    }

    SynapseQuery last() {
        return executed.get(executed.size() - 1);
    }

    @Override
    public Enumerable<String[]> execute(SynapseQuery query, DataContext context) {
        executed.add(query);
        lastContext = context;
        for (String[] row : rows) {
            if (row.length != query.columnCount()) {
                throw new IllegalStateException("Test row has " + row.length + " values, query selects "
                        + query.columnCount() + ": " + query.sql());
            }
        }
        return Linq4j.asEnumerable(rows);
    }
}
