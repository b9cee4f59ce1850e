package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.Objects;

/** Describes a change from one column to another. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class ColumnChange {
    /** The ID of the old ColumnModel to be replaced with the new. */
    private String oldColumnId;

    /** The ID of the new ColumnModel to replace the old. */
    private String newColumnId;

    public String getOldColumnId() {
        return oldColumnId;
    }

    public ColumnChange setOldColumnId(String oldColumnId) {
        this.oldColumnId = oldColumnId;
        return this;
    }

    public String getNewColumnId() {
        return newColumnId;
    }

    public ColumnChange setNewColumnId(String newColumnId) {
        this.newColumnId = newColumnId;
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
        ColumnChange that = (ColumnChange) o;
        return Objects.equals(oldColumnId, that.oldColumnId)
                && Objects.equals(newColumnId, that.newColumnId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(oldColumnId, newColumnId);
    }

    @Override
    public String toString() {
        return "ColumnChange{"
                + "oldColumnId=" + oldColumnId
                + ", newColumnId=" + newColumnId
                + '}';
    }
}
