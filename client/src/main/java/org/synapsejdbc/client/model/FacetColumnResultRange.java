package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.util.Objects;

/** Includes the minimum and maximum values of a range facet column and selected ranges applied to the filter. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder("concreteType")
@JsonTypeName(FacetColumnResultRange.CONCRETE_TYPE)
public class FacetColumnResultRange implements FacetColumnResult {
    /** The {@code concreteType} that identifies this class on the wire. */
    public static final String CONCRETE_TYPE = "org.sagebionetworks.repo.model.table.FacetColumnResultRange";

    /** The name of the faceted column. */
    private String columnName;

    /** The type of faceting applied to this column. */
    private FacetType facetType;

    /** When present, these results represent a sub-column identified by its jsonPath. */
    private String jsonPath;

    /** The smallest value in the column. */
    private String columnMin;

    /** The largest value in the column. */
    private String columnMax;

    /** The lower bound of the selected range. */
    private String selectedMin;

    /** The upper bound of the selected range. */
    private String selectedMax;

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
    public FacetColumnResultRange setColumnName(String columnName) {
        this.columnName = columnName;
        return this;
    }

    @Override
    public FacetType getFacetType() {
        return facetType;
    }

    @Override
    public FacetColumnResultRange setFacetType(FacetType facetType) {
        this.facetType = facetType;
        return this;
    }

    @Override
    public String getJsonPath() {
        return jsonPath;
    }

    @Override
    public FacetColumnResultRange setJsonPath(String jsonPath) {
        this.jsonPath = jsonPath;
        return this;
    }

    public String getColumnMin() {
        return columnMin;
    }

    public FacetColumnResultRange setColumnMin(String columnMin) {
        this.columnMin = columnMin;
        return this;
    }

    public String getColumnMax() {
        return columnMax;
    }

    public FacetColumnResultRange setColumnMax(String columnMax) {
        this.columnMax = columnMax;
        return this;
    }

    public String getSelectedMin() {
        return selectedMin;
    }

    public FacetColumnResultRange setSelectedMin(String selectedMin) {
        this.selectedMin = selectedMin;
        return this;
    }

    public String getSelectedMax() {
        return selectedMax;
    }

    public FacetColumnResultRange setSelectedMax(String selectedMax) {
        this.selectedMax = selectedMax;
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
        FacetColumnResultRange that = (FacetColumnResultRange) o;
        return Objects.equals(columnName, that.columnName)
                && Objects.equals(facetType, that.facetType)
                && Objects.equals(jsonPath, that.jsonPath)
                && Objects.equals(columnMin, that.columnMin)
                && Objects.equals(columnMax, that.columnMax)
                && Objects.equals(selectedMin, that.selectedMin)
                && Objects.equals(selectedMax, that.selectedMax);
    }

    @Override
    public int hashCode() {
        return Objects.hash(columnName, facetType, jsonPath, columnMin, columnMax, selectedMin, selectedMax);
    }

    @Override
    public String toString() {
        return "FacetColumnResultRange{"
                + "columnName=" + columnName
                + ", facetType=" + facetType
                + ", jsonPath=" + jsonPath
                + ", columnMin=" + columnMin
                + ", columnMax=" + columnMax
                + ", selectedMin=" + selectedMin
                + ", selectedMax=" + selectedMax
                + '}';
    }
}
