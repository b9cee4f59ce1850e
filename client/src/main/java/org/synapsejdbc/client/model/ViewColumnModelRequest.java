package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.util.Objects;

/**
 * An asynchronous request to compute the column models from the annotations in a given scope, note that the result
 * won't include the default column model.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder("concreteType")
@JsonTypeName(ViewColumnModelRequest.CONCRETE_TYPE)
public class ViewColumnModelRequest implements AsynchronousRequestBody {
    /** The {@code concreteType} that identifies this class on the wire. */
    public static final String CONCRETE_TYPE = "org.sagebionetworks.repo.model.table.ViewColumnModelRequest";

    /** The scope of a potential view. */
    private ViewScope viewScope;

    /**
     * If true will include colum models that map to annotations that are derived from the schemas of the entities in
     * the scope.
     */
    private Boolean includeDerivedAnnotations;

    /** Optional token used to retrieve subsequent pages, returned as part of the ViewColumnModelResponse. */
    private String nextPageToken;

    @Override
    @JsonProperty(value = "concreteType", access = JsonProperty.Access.READ_ONLY)
    public String getConcreteType() {
        return CONCRETE_TYPE;
    }

    public ViewScope getViewScope() {
        return viewScope;
    }

    public ViewColumnModelRequest setViewScope(ViewScope viewScope) {
        this.viewScope = viewScope;
        return this;
    }

    public Boolean getIncludeDerivedAnnotations() {
        return includeDerivedAnnotations;
    }

    public ViewColumnModelRequest setIncludeDerivedAnnotations(Boolean includeDerivedAnnotations) {
        this.includeDerivedAnnotations = includeDerivedAnnotations;
        return this;
    }

    public String getNextPageToken() {
        return nextPageToken;
    }

    public ViewColumnModelRequest setNextPageToken(String nextPageToken) {
        this.nextPageToken = nextPageToken;
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
        ViewColumnModelRequest that = (ViewColumnModelRequest) o;
        return Objects.equals(viewScope, that.viewScope)
                && Objects.equals(includeDerivedAnnotations, that.includeDerivedAnnotations)
                && Objects.equals(nextPageToken, that.nextPageToken);
    }

    @Override
    public int hashCode() {
        return Objects.hash(viewScope, includeDerivedAnnotations, nextPageToken);
    }

    @Override
    public String toString() {
        return "ViewColumnModelRequest{"
                + "viewScope=" + viewScope
                + ", includeDerivedAnnotations=" + includeDerivedAnnotations
                + ", nextPageToken=" + nextPageToken
                + '}';
    }
}
