package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.List;
import java.util.Objects;

/** A column model contains the metadata of a single column of a table or view. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class ColumnModel implements ColumnModelInterface {
    /** The display name of the column. */
    private String name;

    /** The column type determines the type of data that can be stored in a column. */
    private ColumnType columnType;

    private FacetType facetType;

    /** The immutable ID issued to new columns. */
    private String id;

    /** The default value for this column. */
    private String defaultValue;

    /** A parameter for columnTypes with a maximum size. */
    private Long maximumSize;

    /** Required if using a columnType with a "_LIST" suffix. */
    private Long maximumListLength;

    /** Columns of type STRING can be constrained to an enumeration values set on this list. */
    private List<String> enumValues;

    /**
     * For column of type JSON that represents the combination of multiple sub-columns, this property is used to
     * define each sub-column.
     */
    private List<JsonSubColumnModel> jsonSubColumns;

    @Override
    public String getName() {
        return name;
    }

    @Override
    public ColumnModel setName(String name) {
        this.name = name;
        return this;
    }

    @Override
    public ColumnType getColumnType() {
        return columnType;
    }

    @Override
    public ColumnModel setColumnType(ColumnType columnType) {
        this.columnType = columnType;
        return this;
    }

    @Override
    public FacetType getFacetType() {
        return facetType;
    }

    @Override
    public ColumnModel setFacetType(FacetType facetType) {
        this.facetType = facetType;
        return this;
    }

    public String getId() {
        return id;
    }

    public ColumnModel setId(String id) {
        this.id = id;
        return this;
    }

    public String getDefaultValue() {
        return defaultValue;
    }

    public ColumnModel setDefaultValue(String defaultValue) {
        this.defaultValue = defaultValue;
        return this;
    }

    public Long getMaximumSize() {
        return maximumSize;
    }

    public ColumnModel setMaximumSize(Long maximumSize) {
        this.maximumSize = maximumSize;
        return this;
    }

    public Long getMaximumListLength() {
        return maximumListLength;
    }

    public ColumnModel setMaximumListLength(Long maximumListLength) {
        this.maximumListLength = maximumListLength;
        return this;
    }

    public List<String> getEnumValues() {
        return enumValues;
    }

    public ColumnModel setEnumValues(List<String> enumValues) {
        this.enumValues = enumValues;
        return this;
    }

    public List<JsonSubColumnModel> getJsonSubColumns() {
        return jsonSubColumns;
    }

    public ColumnModel setJsonSubColumns(List<JsonSubColumnModel> jsonSubColumns) {
        this.jsonSubColumns = jsonSubColumns;
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
        ColumnModel that = (ColumnModel) o;
        return Objects.equals(name, that.name)
                && Objects.equals(columnType, that.columnType)
                && Objects.equals(facetType, that.facetType)
                && Objects.equals(id, that.id)
                && Objects.equals(defaultValue, that.defaultValue)
                && Objects.equals(maximumSize, that.maximumSize)
                && Objects.equals(maximumListLength, that.maximumListLength)
                && Objects.equals(enumValues, that.enumValues)
                && Objects.equals(jsonSubColumns, that.jsonSubColumns);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, columnType, facetType, id, defaultValue, maximumSize, maximumListLength,
                enumValues, jsonSubColumns);
    }

    @Override
    public String toString() {
        return "ColumnModel{"
                + "name=" + name
                + ", columnType=" + columnType
                + ", facetType=" + facetType
                + ", id=" + id
                + ", defaultValue=" + defaultValue
                + ", maximumSize=" + maximumSize
                + ", maximumListLength=" + maximumListLength
                + ", enumValues=" + enumValues
                + ", jsonSubColumns=" + jsonSubColumns
                + '}';
    }
}
