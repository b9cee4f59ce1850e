package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.util.List;
import java.util.Objects;

/** A filter using a single value against a column. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder("concreteType")
@JsonTypeName(ColumnSingleValueQueryFilter.CONCRETE_TYPE)
public class ColumnSingleValueQueryFilter implements QueryFilter, HasValues {
    /** The {@code concreteType} that identifies this class on the wire. */
    public static final String CONCRETE_TYPE = "org.sagebionetworks.repo.model.table.ColumnSingleValueQueryFilter";

    /** When null (default) or false, this condition will be applied to WHERE clause of table/view query. */
    private Boolean isDefiningCondition;

    /** Values to be used with the filter. */
    private List<String> values;

    /** Name of the column to filter. */
    private String columnName;

    /** Determines the filter operation to perform. */
    private ColumnSingleValueFilterOperator operator;

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
    public ColumnSingleValueQueryFilter setIsDefiningCondition(Boolean isDefiningCondition) {
        this.isDefiningCondition = isDefiningCondition;
        return this;
    }

    @Override
    public List<String> getValues() {
        return values;
    }

    @Override
    public ColumnSingleValueQueryFilter setValues(List<String> values) {
        this.values = values;
        return this;
    }

    public String getColumnName() {
        return columnName;
    }

    public ColumnSingleValueQueryFilter setColumnName(String columnName) {
        this.columnName = columnName;
        return this;
    }

    public ColumnSingleValueFilterOperator getOperator() {
        return operator;
    }

    public ColumnSingleValueQueryFilter setOperator(ColumnSingleValueFilterOperator operator) {
        this.operator = operator;
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
        ColumnSingleValueQueryFilter that = (ColumnSingleValueQueryFilter) o;
        return Objects.equals(isDefiningCondition, that.isDefiningCondition)
                && Objects.equals(values, that.values)
                && Objects.equals(columnName, that.columnName)
                && Objects.equals(operator, that.operator);
    }

    @Override
    public int hashCode() {
        return Objects.hash(isDefiningCondition, values, columnName, operator);
    }

    @Override
    public String toString() {
        return "ColumnSingleValueQueryFilter{"
                + "isDefiningCondition=" + isDefiningCondition
                + ", values=" + values
                + ", columnName=" + columnName
                + ", operator=" + operator
                + '}';
    }
}
