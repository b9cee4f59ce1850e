package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.util.Objects;

/** Selected minimum and maximum values for a range type facet. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder("concreteType")
@JsonTypeName(FacetColumnRangeRequest.CONCRETE_TYPE)
public class FacetColumnRangeRequest implements FacetColumnRequest {
    /** The {@code concreteType} that identifies this class on the wire. */
    public static final String CONCRETE_TYPE = "org.sagebionetworks.repo.model.table.FacetColumnRangeRequest";

    /** The name of the faceted column. */
    private String columnName;

    /** To filter on a jsonSubColumn of a JSON column, provide the jsonPath of the sub-column. */
    private String jsonPath;

    private String min;

    private String max;

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
    public FacetColumnRangeRequest setColumnName(String columnName) {
        this.columnName = columnName;
        return this;
    }

    @Override
    public String getJsonPath() {
        return jsonPath;
    }

    @Override
    public FacetColumnRangeRequest setJsonPath(String jsonPath) {
        this.jsonPath = jsonPath;
        return this;
    }

    public String getMin() {
        return min;
    }

    public FacetColumnRangeRequest setMin(String min) {
        this.min = min;
        return this;
    }

    public String getMax() {
        return max;
    }

    public FacetColumnRangeRequest setMax(String max) {
        this.max = max;
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
        FacetColumnRangeRequest that = (FacetColumnRangeRequest) o;
        return Objects.equals(columnName, that.columnName)
                && Objects.equals(jsonPath, that.jsonPath)
                && Objects.equals(min, that.min)
                && Objects.equals(max, that.max);
    }

    @Override
    public int hashCode() {
        return Objects.hash(columnName, jsonPath, min, max);
    }

    @Override
    public String toString() {
        return "FacetColumnRangeRequest{"
                + "columnName=" + columnName
                + ", jsonPath=" + jsonPath
                + ", min=" + min
                + ", max=" + max
                + '}';
    }
}
