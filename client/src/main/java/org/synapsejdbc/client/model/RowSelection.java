package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.List;
import java.util.Objects;

/** Represents a selection of rows of a TableEntity. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class RowSelection {
    /** The ID of the TableEntity than owns these rows (optional if supplied by the REST command). */
    private String tableId;

    /**
     * This should be set to the current etag or this selection (the etag returned by a query, or the current etag of
     * the table).
     */
    private String etag;

    /** Each row id of this list refers to a single row of a TableEntity. */
    private List<Long> rowIds;

    public String getTableId() {
        return tableId;
    }

    public RowSelection setTableId(String tableId) {
        this.tableId = tableId;
        return this;
    }

    public String getEtag() {
        return etag;
    }

    public RowSelection setEtag(String etag) {
        this.etag = etag;
        return this;
    }

    public List<Long> getRowIds() {
        return rowIds;
    }

    public RowSelection setRowIds(List<Long> rowIds) {
        this.rowIds = rowIds;
        return this;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        RowSelection that = (RowSelection) o;
        return Objects.equals(tableId, that.tableId)
                && Objects.equals(etag, that.etag)
                && Objects.equals(rowIds, that.rowIds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tableId, etag, rowIds);
    }

    @Override
    public String toString() {
        return "RowSelection{"
                + "tableId=" + tableId
                + ", etag=" + etag
                + ", rowIds=" + rowIds
                + '}';
    }
}
