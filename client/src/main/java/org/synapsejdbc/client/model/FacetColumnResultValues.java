package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.util.List;
import java.util.Objects;

/**
 * Contains the name and type of the filtered column, and its most frequent values along with the counts of those
 * values.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder("concreteType")
@JsonTypeName(FacetColumnResultValues.CONCRETE_TYPE)
public class FacetColumnResultValues implements FacetColumnResult {
    /** The {@code concreteType} that identifies this class on the wire. */
    public static final String CONCRETE_TYPE = "org.sagebionetworks.repo.model.table.FacetColumnResultValues";

    /** The name of the faceted column. */
    private String columnName;

    /** The type of faceting applied to this column. */
    private FacetType facetType;

    /** When present, these results represent a sub-column identified by its jsonPath. */
    private String jsonPath;

    /** The list of QueryFacetResultValue that contain frequency counts for its most frequent values. */
    private List<FacetColumnResultValueCount> facetValues;

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
    public FacetColumnResultValues setColumnName(String columnName) {
        this.columnName = columnName;
        return this;
    }

    @Override
    public FacetType getFacetType() {
        return facetType;
    }

    @Override
    public FacetColumnResultValues setFacetType(FacetType facetType) {
        this.facetType = facetType;
        return this;
    }

    @Override
    public String getJsonPath() {
        return jsonPath;
    }

    @Override
    public FacetColumnResultValues setJsonPath(String jsonPath) {
        this.jsonPath = jsonPath;
        return this;
    }

    public List<FacetColumnResultValueCount> getFacetValues() {
        return facetValues;
    }

    public FacetColumnResultValues setFacetValues(List<FacetColumnResultValueCount> facetValues) {
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
        FacetColumnResultValues that = (FacetColumnResultValues) o;
        return Objects.equals(columnName, that.columnName)
                && Objects.equals(facetType, that.facetType)
                && Objects.equals(jsonPath, that.jsonPath)
                && Objects.equals(facetValues, that.facetValues);
    }

    @Override
    public int hashCode() {
        return Objects.hash(columnName, facetType, jsonPath, facetValues);
    }

    @Override
    public String toString() {
        return "FacetColumnResultValues{"
                + "columnName=" + columnName
                + ", facetType=" + facetType
                + ", jsonPath=" + jsonPath
                + ", facetValues=" + facetValues
                + '}';
    }
}
