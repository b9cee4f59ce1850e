package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.Objects;

/** A column model contains the metadata of a single column of a TableEntity. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class SelectColumn {
    /** The required display name of the column. */
    private String name;

    /** The type of the select column or null if the type cannot be determined. */
    private ColumnType columnType;

    /** The optional ID of the select column, if this is a direct column selected. */
    private String id;

    public String getName() {
        return name;
    }

    public SelectColumn setName(String name) {
        this.name = name;
        return this;
    }

    public ColumnType getColumnType() {
        return columnType;
    }

    public SelectColumn setColumnType(ColumnType columnType) {
        this.columnType = columnType;
        return this;
    }

    public String getId() {
        return id;
    }

    public SelectColumn setId(String id) {
        this.id = id;
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
        SelectColumn that = (SelectColumn) o;
        return Objects.equals(name, that.name)
                && Objects.equals(columnType, that.columnType)
                && Objects.equals(id, that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, columnType, id);
    }

    @Override
    public String toString() {
        return "SelectColumn{"
                + "name=" + name
                + ", columnType=" + columnType
                + ", id=" + id
                + '}';
    }
}
