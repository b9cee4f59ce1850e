package org.synapsejdbc.calcite;

import java.util.Arrays;
import java.util.List;

import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synapsejdbc.calcite.sql.SynapseParameterBinder;

/**
 * The entry point that generated code calls to run a pushed query block: binds the {@code ?} parameters as literals,
 * hands the statement to the table's {@link SynapseQueryExecutor} and decodes the wire rows.
 */
public final class SynapseQueryRuntime {
    private static final Logger LOG = LoggerFactory.getLogger(SynapseQueryRuntime.class);

    private SynapseQueryRuntime() {
    }

    /**
     * Called by generated code (see {@code SynapseToEnumerableConverter}); the arguments are plan-time constants.
     *
     * @param table            the scanned table
     * @param root             the statement's data context ({@code ?0}, {@code ?1}, ... hold the parameters)
     * @param sql              Synapse SQL with {@code ?} placeholders
     * @param parameterIndexes parameter index of each placeholder, in text order
     * @param parameterSlots   slot code of each placeholder
     * @param fieldNames       Calcite's name of each result column
     * @param fieldCodes       decoder code of each result column
     * @param aggregated       whether Synapse treats the query as aggregated
     * @param ordered          whether the SQL has an ORDER BY
     * @param scalar           whether rows are single values rather than arrays (one-column results)
     * @return rows as {@code Object[]}, or single values when {@code scalar}
     */
    public static Enumerable<Object> query(SynapseTable table, DataContext root, String sql, int[] parameterIndexes,
            String[] parameterSlots, String[] fieldNames, String[] fieldCodes, boolean aggregated, boolean ordered,
            boolean scalar) {
        String bound = SynapseParameterBinder.bind(sql, parameterIndexes, parameterSlots, i -> root.get("?" + i));
        SynapseQuery query = new SynapseQuery(table.descriptor(), bound, List.of(fieldNames), aggregated, ordered);
        LOG.debug("Synapse query on {}: {}", table.descriptor().fromName(), bound);
        SynapseValueDecoder[] decoders = Arrays.stream(fieldCodes).map(SynapseValueDecoder::forCode)
                .toArray(SynapseValueDecoder[]::new);
        Enumerable<String[]> rows = table.executor().execute(query, root);
        return rows.select(row -> decode(row, decoders, scalar));
    }

    /** Decodes one wire row into Calcite's row representation. */
    static Object decode(String[] row, SynapseValueDecoder[] decoders, boolean scalar) {
        if (row.length != decoders.length) {
            throw new IllegalStateException("Synapse returned " + row.length + " values for " + decoders.length
                    + " columns");
        }
        if (scalar) {
            return decoders[0].decode(row[0]);
        }
        Object[] values = new Object[row.length];
        for (int i = 0; i < row.length; i++) {
            values[i] = decoders[i].decode(row[i]);
        }
        return values;
    }
}
