package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.Objects;

/** Defines a single sub-column of a column of type JSON. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class JsonSubColumnModel implements ColumnModelInterface {
    /** The display name of the column. */
    private String name;

    /** The column type determines the type of data that can be stored in a column. */
    private ColumnType columnType;

    private FacetType facetType;

    /** Defines the JSON path of the sub column. */
    private String jsonPath;

    @Override
    public String getName() {
        return name;
    }

    @Override
    public JsonSubColumnModel setName(String name) {
        this.name = name;
        return this;
    }

    @Override
    public ColumnType getColumnType() {
        return columnType;
    }

    @Override
    public JsonSubColumnModel setColumnType(ColumnType columnType) {
        this.columnType = columnType;
        return this;
    }

    @Override
    public FacetType getFacetType() {
        return facetType;
    }

    @Override
    public JsonSubColumnModel setFacetType(FacetType facetType) {
        this.facetType = facetType;
        return this;
    }

    public String getJsonPath() {
        return jsonPath;
    }

    public JsonSubColumnModel setJsonPath(String jsonPath) {
        this.jsonPath = jsonPath;
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
        JsonSubColumnModel that = (JsonSubColumnModel) o;
        return Objects.equals(name, that.name)
                && Objects.equals(columnType, that.columnType)
                && Objects.equals(facetType, that.facetType)
                && Objects.equals(jsonPath, that.jsonPath);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, columnType, facetType, jsonPath);
    }

    @Override
    public String toString() {
        return "JsonSubColumnModel{"
                + "name=" + name
                + ", columnType=" + columnType
                + ", facetType=" + facetType
                + ", jsonPath=" + jsonPath
                + '}';
    }
}
