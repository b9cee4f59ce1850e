package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.List;
import java.util.Objects;

/** The file handles referenced by the cells of a table. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class TableFileHandleResults {
    /** The ID of the TableEntity than owns these rows. */
    private String tableId;

    /** The list of ColumnModels ID that describes the rows of this set. */
    private List<SelectColumn> headers;

    /** For each row a list of file handles for each requested column. */
    private List<FileHandleResults> rows;

    public String getTableId() {
        return tableId;
    }

    public TableFileHandleResults setTableId(String tableId) {
        this.tableId = tableId;
        return this;
    }

    public List<SelectColumn> getHeaders() {
        return headers;
    }

    public TableFileHandleResults setHeaders(List<SelectColumn> headers) {
        this.headers = headers;
        return this;
    }

    public List<FileHandleResults> getRows() {
        return rows;
    }

    public TableFileHandleResults setRows(List<FileHandleResults> rows) {
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
        TableFileHandleResults that = (TableFileHandleResults) o;
        return Objects.equals(tableId, that.tableId)
                && Objects.equals(headers, that.headers)
                && Objects.equals(rows, that.rows);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tableId, headers, rows);
    }

    @Override
    public String toString() {
        return "TableFileHandleResults{"
                + "tableId=" + tableId
                + ", headers=" + headers
                + ", rows=" + rows
                + '}';
    }
}
