package org.synapsejdbc.calcite.sql;

import java.util.Arrays;
import java.util.Objects;

/**
 * One generated Synapse SQL statement and what execution needs to finish it: the dynamic-parameter index and slot
 * code of each {@code ?} (see {@link SynapseParameterBinder}) and the decoder code of each result column.
 */
public final class SynapseStatement {
    private final String sql;
    private final int[] parameterIndexes;
    private final String[] parameterSlots;
    private final String[] fieldNames;
    private final String[] fieldCodes;
    private final boolean aggregated;
    private final boolean ordered;

    public SynapseStatement(String sql, int[] parameterIndexes, String[] parameterSlots, String[] fieldNames,
            String[] fieldCodes, boolean aggregated, boolean ordered) {
        this.sql = Objects.requireNonNull(sql, "sql");
        this.parameterIndexes = parameterIndexes.clone();
        this.parameterSlots = parameterSlots.clone();
        this.fieldNames = fieldNames.clone();
        this.fieldCodes = fieldCodes.clone();
        this.aggregated = aggregated;
        this.ordered = ordered;
    }

    /** The Synapse SQL, with {@code ?} where parameters go. */
    public String sql() {
        return sql;
    }

    public int[] parameterIndexes() {
        return parameterIndexes.clone();
    }

    public String[] parameterSlots() {
        return parameterSlots.clone();
    }

    public String[] fieldNames() {
        return fieldNames.clone();
    }

    public String[] fieldCodes() {
        return fieldCodes.clone();
    }

    /** Whether Synapse treats the query as aggregated (GROUP BY, aggregates or DISTINCT): no row ids come back. */
    public boolean aggregated() {
        return aggregated;
    }

    /** Whether the statement has an ORDER BY. */
    public boolean ordered() {
        return ordered;
    }

    @Override
    public String toString() {
        return sql + (parameterIndexes.length == 0 ? "" : " params=" + Arrays.toString(parameterIndexes));
    }
}
