package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.util.List;
import java.util.Objects;

/** A filter that applies multi-value columns functions. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder("concreteType")
@JsonTypeName(ColumnMultiValueFunctionQueryFilter.CONCRETE_TYPE)
public class ColumnMultiValueFunctionQueryFilter implements QueryFilter, HasValues {
    /** The {@code concreteType} that identifies this class on the wire. */
    public static final String CONCRETE_TYPE = "org.sagebionetworks.repo.model.table.ColumnMultiValueFunctionQueryFilter";

    /** When null (default) or false, this condition will be applied to WHERE clause of table/view query. */
    private Boolean isDefiningCondition;

    /** Values to be used with the filter. */
    private List<String> values;

    /** Name of the column to filter. */
    private String columnName;

    /** Determines the filter operation to perform. */
    private ColumnMultiValueFunction function;

    @Override
    @JsonProperty(value = "concreteType", access = JsonProperty.Access.READ_ONLY)
    public String getConcreteType() {
        return CONCRETE_TYPE;
    }

    @Override
    public Boolean getIsDefiningCondition() {
        return isDefiningCondition;
    }

    @Override
    public ColumnMultiValueFunctionQueryFilter setIsDefiningCondition(Boolean isDefiningCondition) {
        this.isDefiningCondition = isDefiningCondition;
        return this;
    }

    @Override
    public List<String> getValues() {
        return values;
    }

    @Override
    public ColumnMultiValueFunctionQueryFilter setValues(List<String> values) {
        this.values = values;
        return this;
    }

    public String getColumnName() {
        return columnName;
    }

    public ColumnMultiValueFunctionQueryFilter setColumnName(String columnName) {
        this.columnName = columnName;
        return this;
    }

    public ColumnMultiValueFunction getFunction() {
        return function;
    }

    public ColumnMultiValueFunctionQueryFilter setFunction(ColumnMultiValueFunction function) {
        this.function = function;
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
        ColumnMultiValueFunctionQueryFilter that = (ColumnMultiValueFunctionQueryFilter) o;
        return Objects.equals(isDefiningCondition, that.isDefiningCondition)
                && Objects.equals(values, that.values)
                && Objects.equals(columnName, that.columnName)
                && Objects.equals(function, that.function);
    }

    @Override
    public int hashCode() {
        return Objects.hash(isDefiningCondition, values, columnName, function);
    }

    @Override
    public String toString() {
        return "ColumnMultiValueFunctionQueryFilter{"
                + "isDefiningCondition=" + isDefiningCondition
                + ", values=" + values
                + ", columnName=" + columnName
                + ", function=" + function
                + '}';
    }
}
