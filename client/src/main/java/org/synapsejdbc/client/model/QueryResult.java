package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.util.Objects;

/** A page of query result. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder("concreteType")
@JsonTypeName(QueryResult.CONCRETE_TYPE)
public class QueryResult implements AsynchronousResponseBody {
    /** The {@code concreteType} that identifies this class on the wire. */
    public static final String CONCRETE_TYPE = "org.sagebionetworks.repo.model.table.QueryResult";

    /** The rows returned. */
    private RowSet queryResults;

    /** If set, there there more results than returned in this queryResults. */
    private QueryNextPageToken nextPageToken;

    @Override
    @JsonProperty(value = "concreteType", access = JsonProperty.Access.READ_ONLY)
    public String getConcreteType() {
        return CONCRETE_TYPE;
    }

    public RowSet getQueryResults() {
        return queryResults;
    }

    public QueryResult setQueryResults(RowSet queryResults) {
        this.queryResults = queryResults;
        return this;
    }

    public QueryNextPageToken getNextPageToken() {
        return nextPageToken;
    }

    public QueryResult setNextPageToken(QueryNextPageToken nextPageToken) {
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
        QueryResult that = (QueryResult) o;
        return Objects.equals(queryResults, that.queryResults)
                && Objects.equals(nextPageToken, that.nextPageToken);
    }

    @Override
    public int hashCode() {
        return Objects.hash(queryResults, nextPageToken);
    }

    @Override
    public String toString() {
        return "QueryResult{"
                + "queryResults=" + queryResults
                + ", nextPageToken=" + nextPageToken
                + '}';
    }
}
