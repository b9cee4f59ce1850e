package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.Objects;

/** Reference for a single Row of a TableEntity. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class RowReference {
    /** The immutable ID issued to a new row. */
    private Long rowId;

    /** The version number of this row. */
    private Long versionNumber;

    public Long getRowId() {
        return rowId;
    }

    public RowReference setRowId(Long rowId) {
        this.rowId = rowId;
        return this;
    }

    public Long getVersionNumber() {
        return versionNumber;
    }

    public RowReference setVersionNumber(Long versionNumber) {
        this.versionNumber = versionNumber;
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
        RowReference that = (RowReference) o;
        return Objects.equals(rowId, that.rowId)
                && Objects.equals(versionNumber, that.versionNumber);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rowId, versionNumber);
    }

    @Override
    public String toString() {
        return "RowReference{"
                + "rowId=" + rowId
                + ", versionNumber=" + versionNumber
                + '}';
    }
}
