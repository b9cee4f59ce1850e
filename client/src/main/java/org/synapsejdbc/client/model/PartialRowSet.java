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
@JsonTypeName(PartialRowSet.CONCRETE_TYPE)
public class PartialRowSet implements AppendableRowSet {
    /** The {@code concreteType} that identifies this class on the wire. */
    public static final String CONCRETE_TYPE = "org.sagebionetworks.repo.model.table.PartialRowSet";

    /** The ID of the TableEntity than owns these rows. */
    private String tableId;

    /** The partial rows of this set. */
    private List<PartialRow> rows;

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
    public PartialRowSet setTableId(String tableId) {
        this.tableId = tableId;
        return this;
    }

    public List<PartialRow> getRows() {
        return rows;
    }

    public PartialRowSet setRows(List<PartialRow> rows) {
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
        PartialRowSet that = (PartialRowSet) o;
        return Objects.equals(tableId, that.tableId)
                && Objects.equals(rows, that.rows);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tableId, rows);
    }

    @Override
    public String toString() {
        return "PartialRowSet{"
                + "tableId=" + tableId
                + ", rows=" + rows
                + '}';
    }
}
