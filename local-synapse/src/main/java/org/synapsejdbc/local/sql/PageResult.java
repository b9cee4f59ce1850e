package org.synapsejdbc.local.sql;

/**
 * What one executed page produced.
 *
 * @param rowCount       rows delivered to the sink
 * @param nextPageOffset the {@code Query.offset} of the next page when Synapse would return a
 *                       {@code nextPageToken} (the page was full at {@code maxRowsPerPage}), else null
 */
public record PageResult(long rowCount, Long nextPageOffset) {
}
