package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.util.List;
import java.util.Objects;

/** Represents a set of row of a TableEntity. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder("concreteType")
@JsonTypeName(RowSet.CONCRETE_TYPE)
public class RowSet implements AppendableRowSet {
    /** The {@code concreteType} that identifies this class on the wire. */
    public static final String CONCRETE_TYPE = "org.sagebionetworks.repo.model.table.RowSet";

    /** The ID of the TableEntity than owns these rows. */
    private String tableId;

    /** Any RowSet returned from Synapse will contain the current etag of the change set. */
    private String etag;

    /** The list of SelectColumns that describes the rows of this set. */
    private List<SelectColumn> headers;

    /** The Rows of this set. */
    private List<Row> rows;

    @Override
    @JsonProperty(value = "concreteType", access = JsonProperty.Access.READ_ONLY)
    public String getConcreteType() {
        return CONCRETE_TYPE;
    }

    @Override
    public String getTableId() {
        return tableId;
    }

    @Override
    public RowSet setTableId(String tableId) {
        this.tableId = tableId;
        return this;
    }

    public String getEtag() {
        return etag;
    }

    public RowSet setEtag(String etag) {
        this.etag = etag;
        return this;
    }

    public List<SelectColumn> getHeaders() {
        return headers;
    }

    public RowSet setHeaders(List<SelectColumn> headers) {
        this.headers = headers;
        return this;
    }

    public List<Row> getRows() {
        return rows;
    }

    public RowSet setRows(List<Row> rows) {
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
        RowSet that = (RowSet) o;
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
        return "RowSet{"
                + "tableId=" + tableId
                + ", etag=" + etag
                + ", headers=" + headers
                + ", rows=" + rows
                + '}';
    }
}
