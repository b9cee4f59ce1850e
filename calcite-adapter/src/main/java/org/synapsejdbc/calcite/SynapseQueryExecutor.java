package org.synapsejdbc.calcite;

import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;

/**
 * Runs Synapse SQL against Synapse: the seam between the planner (which produces {@link SynapseQuery}s) and the REST
 * client (async query jobs, paging, cancel, timeout).
 *
 * <p>Rows come back as Synapse sends them: one {@code String[]} per row, aligned with the select list, each value the
 * wire string or null ({@code Row.values}). Decoding to Java values is done by the caller with
 * {@link SynapseValueDecoder}. Implementations should stream pages lazily, stop when
 * {@link DataContext.Variable#CANCEL_FLAG} is set, honour {@link DataContext.Variable#TIMEOUT} (milliseconds) and
 * release resources when the enumerator is closed.
 */
@FunctionalInterface
public interface SynapseQueryExecutor {
    /**
     * @param query   the statement and its table
     * @param context the statement's data context (cancel flag, timeout, time zone)
     * @return the rows, each of length {@link SynapseQuery#columnCount()}
     */
    Enumerable<String[]> execute(SynapseQuery query, DataContext context);
}
