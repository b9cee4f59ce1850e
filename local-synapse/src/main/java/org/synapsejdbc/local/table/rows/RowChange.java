package org.synapsejdbc.local.table.rows;

import java.util.Map;

/**
 * One row of a change set, whatever its wire form (PartialRow, Row, CSV line, row selection).
 *
 * @param rowId           null to insert
 * @param expectedVersion the row version the client read (RowSet updates), checked for conflicts; null = none
 * @param values          cell values by column id (only the listed columns change); null deletes the row
 * @param etag            the row's etag as read (views: the entity etag), or null
 */
public record RowChange(Long rowId, Long expectedVersion, Map<String, String> values, String etag) {

    public RowChange(Long rowId, Long expectedVersion, Map<String, String> values) {
        this(rowId, expectedVersion, values, null);
    }

    public boolean isDelete() {
        return rowId != null && values == null;
    }
}
