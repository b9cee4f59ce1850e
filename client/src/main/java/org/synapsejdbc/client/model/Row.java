package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.List;
import java.util.Objects;

/** Represents a single row of a TableEntity. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class Row {
    /** The immutable ID issued to a new row. */
    private Long rowId;

    /** The version number of this row. */
    private Long versionNumber;

    /**
     * For queries against EntityViews with query.includeEtag=true, this field will contain the etag of the entity.
     */
    private String etag;

    /** The values for each column of this row. */
    private List<String> values;

    public Long getRowId() {
        return rowId;
    }

    public Row setRowId(Long rowId) {
        this.rowId = rowId;
        return this;
    }

    public Long getVersionNumber() {
        return versionNumber;
    }

    public Row setVersionNumber(Long versionNumber) {
        this.versionNumber = versionNumber;
        return this;
    }

    public String getEtag() {
        return etag;
    }

    public Row setEtag(String etag) {
        this.etag = etag;
        return this;
    }

    public List<String> getValues() {
        return values;
    }

    public Row setValues(List<String> values) {
        this.values = values;
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
        Row that = (Row) o;
        return Objects.equals(rowId, that.rowId)
                && Objects.equals(versionNumber, that.versionNumber)
                && Objects.equals(etag, that.etag)
                && Objects.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rowId, versionNumber, etag, values);
    }

    @Override
    public String toString() {
        return "Row{"
                + "rowId=" + rowId
                + ", versionNumber=" + versionNumber
                + ", etag=" + etag
                + ", values=" + values
                + '}';
    }
}
