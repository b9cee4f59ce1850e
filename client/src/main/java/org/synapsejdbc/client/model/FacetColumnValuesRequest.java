package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.util.List;
import java.util.Objects;

/** Contains the name and type of the column to be filtered, and the facet values to filter on. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder("concreteType")
@JsonTypeName(FacetColumnValuesRequest.CONCRETE_TYPE)
public class FacetColumnValuesRequest implements FacetColumnRequest {
    /** The {@code concreteType} that identifies this class on the wire. */
    public static final String CONCRETE_TYPE = "org.sagebionetworks.repo.model.table.FacetColumnValuesRequest";

    /** The name of the faceted column. */
    private String columnName;

    /** To filter on a jsonSubColumn of a JSON column, provide the jsonPath of the sub-column. */
    private String jsonPath;

    /** The set of facet values that were selected. */
    private List<String> facetValues;

    @Override
    @JsonProperty(value = "concreteType", access = JsonProperty.Access.READ_ONLY)
    public String getConcreteType() {
        return CONCRETE_TYPE;
    }

    @Override
    public String getColumnName() {
        return columnName;
    }

    @Override
    public FacetColumnValuesRequest setColumnName(String columnName) {
        this.columnName = columnName;
        return this;
    }

    @Override
    public String getJsonPath() {
        return jsonPath;
    }

    @Override
    public FacetColumnValuesRequest setJsonPath(String jsonPath) {
        this.jsonPath = jsonPath;
        return this;
    }

    public List<String> getFacetValues() {
        return facetValues;
    }

    public FacetColumnValuesRequest setFacetValues(List<String> facetValues) {
        this.facetValues = facetValues;
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
        FacetColumnValuesRequest that = (FacetColumnValuesRequest) o;
        return Objects.equals(columnName, that.columnName)
                && Objects.equals(jsonPath, that.jsonPath)
                && Objects.equals(facetValues, that.facetValues);
    }

    @Override
    public int hashCode() {
        return Objects.hash(columnName, jsonPath, facetValues);
    }

    @Override
    public String toString() {
        return "FacetColumnValuesRequest{"
                + "columnName=" + columnName
                + ", jsonPath=" + jsonPath
                + ", facetValues=" + facetValues
                + '}';
    }
}
