package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.util.List;
import java.util.Objects;

/** Response for the ViewColumnModelRequest containing a page of suggested column models. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder("concreteType")
@JsonTypeName(ViewColumnModelResponse.CONCRETE_TYPE)
public class ViewColumnModelResponse implements AsynchronousResponseBody {
    /** The {@code concreteType} that identifies this class on the wire. */
    public static final String CONCRETE_TYPE = "org.sagebionetworks.repo.model.table.ViewColumnModelResponse";

    /** A page of ColumnModels. */
    private List<ColumnModel> results;

    /** If there are more pages of results this token can be used to get the next page. */
    private String nextPageToken;

    @Override
    @JsonProperty(value = "concreteType", access = JsonProperty.Access.READ_ONLY)
    public String getConcreteType() {
        return CONCRETE_TYPE;
    }

    public List<ColumnModel> getResults() {
        return results;
    }

    public ViewColumnModelResponse setResults(List<ColumnModel> results) {
        this.results = results;
        return this;
    }

    public String getNextPageToken() {
        return nextPageToken;
    }

    public ViewColumnModelResponse setNextPageToken(String nextPageToken) {
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
        ViewColumnModelResponse that = (ViewColumnModelResponse) o;
        return Objects.equals(results, that.results)
                && Objects.equals(nextPageToken, that.nextPageToken);
    }

    @Override
    public int hashCode() {
        return Objects.hash(results, nextPageToken);
    }

    @Override
    public String toString() {
        return "ViewColumnModelResponse{"
                + "results=" + results
                + ", nextPageToken=" + nextPageToken
                + '}';
    }
}
