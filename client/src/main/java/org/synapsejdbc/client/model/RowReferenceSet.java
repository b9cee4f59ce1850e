package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.List;
import java.util.Objects;

/** Represents a set of RowReferences of a TableEntity. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class RowReferenceSet {
    /** The ID of the TableEntity than owns these rows. */
    private String tableId;

    /** When a RowReferenceSet is returned from a table update, this will be set to the current etag of the table. */
    private String etag;

    /** The list of ColumnModels ID that describes the rows of this set. */
    private List<SelectColumn> headers;

    /** Each RowReference of this list refers to a single version of a single row of a TableEntity. */
    private List<RowReference> rows;

    public String getTableId() {
        return tableId;
    }

    public RowReferenceSet setTableId(String tableId) {
        this.tableId = tableId;
        return this;
    }

    public String getEtag() {
        return etag;
    }

    public RowReferenceSet setEtag(String etag) {
        this.etag = etag;
        return this;
    }

    public List<SelectColumn> getHeaders() {
        return headers;
    }

    public RowReferenceSet setHeaders(List<SelectColumn> headers) {
        this.headers = headers;
        return this;
    }

    public List<RowReference> getRows() {
        return rows;
    }

    public RowReferenceSet setRows(List<RowReference> rows) {
        this.rows = rows;
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
        RowReferenceSet that = (RowReferenceSet) o;
        return Objects.equals(tableId, that.tableId)
                && Objects.equals(etag, that.etag)
                && Objects.equals(headers, that.headers)
                && Objects.equals(rows, that.rows);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tableId, etag, headers, rows);
    }

    @Override
    public String toString() {
        return "RowReferenceSet{"
                + "tableId=" + tableId
                + ", etag=" + etag
                + ", headers=" + headers
                + ", rows=" + rows
                + '}';
    }
}
