package org.synapsejdbc.calcite;

import java.util.List;
import java.util.Objects;

/**
 * One Synapse SQL statement ready to run: literals already in place, plus what an executor needs to run it well.
 *
 * <p>{@link #sql()} is complete Synapse SQL ({@code SELECT ... FROM syn123 ...}); its own LIMIT/OFFSET (if any) is
 * the user's. An executor pages with the request's {@code Query.offset}/{@code Query.limit}, which Synapse applies on
 * top of the statement's own LIMIT/OFFSET, and may ask for ROW_ID order when the query is neither aggregated nor
 * ordered.
 */
public final class SynapseQuery {
    private final SynapseTableDescriptor table;
    private final String sql;
    private final List<String> columnNames;
    private final boolean aggregated;
    private final boolean ordered;

    public SynapseQuery(SynapseTableDescriptor table, String sql, List<String> columnNames, boolean aggregated,
            boolean ordered) {
        this.table = Objects.requireNonNull(table, "table");
        this.sql = Objects.requireNonNull(sql, "sql");
        this.columnNames = List.copyOf(columnNames);
        this.aggregated = aggregated;
        this.ordered = ordered;
    }

    /** The queried table (id, version, kind, schema). */
    public SynapseTableDescriptor table() {
        return table;
    }

    /** The entity id the request goes to, {@code syn123} (the version, if any, is in the SQL's FROM). */
    public String entityId() {
        return table.entityId();
    }

    public String sql() {
        return sql;
    }

    /** Number of values each returned row must have. */
    public int columnCount() {
        return columnNames.size();
    }

    /** Calcite's names of the result columns (for messages; Synapse's headers may differ). */
    public List<String> columnNames() {
        return columnNames;
    }

    /** GROUP BY, aggregate or DISTINCT: Synapse returns no row ids and counts differently. */
    public boolean aggregated() {
        return aggregated;
    }

    /** Whether the SQL has an ORDER BY. */
    public boolean ordered() {
        return ordered;
    }

    @Override
    public String toString() {
        return "SynapseQuery{" + sql + "}";
    }
}
