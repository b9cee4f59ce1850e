package org.synapsejdbc.local.sql;

import java.util.List;

/** Receives result rows one at a time, already encoded as Synapse wire values. */
@FunctionalInterface
public interface RowSink {

    /**
     * One row.
     *
     * @param rowId         ROW_ID, or null for aggregated queries
     * @param versionNumber ROW_VERSION, or null for aggregated queries
     * @param etag          ROW_ETAG when requested (views), else null
     * @param values        the values, aligned with the select columns (strings or null)
     */
    void row(Long rowId, Long versionNumber, String etag, List<String> values);
}
