package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.util.Objects;

/**
 * A filter to apply a TEXT_MATCHES predicate (full text search) to the query using the given searchExpression as
 * value.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder("concreteType")
@JsonTypeName(TextMatchesQueryFilter.CONCRETE_TYPE)
public class TextMatchesQueryFilter implements QueryFilter {
    /** The {@code concreteType} that identifies this class on the wire. */
    public static final String CONCRETE_TYPE = "org.sagebionetworks.repo.model.table.TextMatchesQueryFilter";

    /** When null (default) or false, this condition will be applied to WHERE clause of table/view query. */
    private Boolean isDefiningCondition;

    /** The search expression to match against the table rows. */
    private String searchExpression;

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
    public TextMatchesQueryFilter setIsDefiningCondition(Boolean isDefiningCondition) {
        this.isDefiningCondition = isDefiningCondition;
        return this;
    }

    public String getSearchExpression() {
        return searchExpression;
    }

    public TextMatchesQueryFilter setSearchExpression(String searchExpression) {
        this.searchExpression = searchExpression;
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
        TextMatchesQueryFilter that = (TextMatchesQueryFilter) o;
        return Objects.equals(isDefiningCondition, that.isDefiningCondition)
                && Objects.equals(searchExpression, that.searchExpression);
    }

    @Override
    public int hashCode() {
        return Objects.hash(isDefiningCondition, searchExpression);
    }

    @Override
    public String toString() {
        return "TextMatchesQueryFilter{"
                + "isDefiningCondition=" + isDefiningCondition
                + ", searchExpression=" + searchExpression
                + '}';
    }
}
