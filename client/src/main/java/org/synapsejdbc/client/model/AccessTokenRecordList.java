package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.List;
import java.util.Objects;

/** Metadata for a paginated list of personal access token records. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class AccessTokenRecordList {
    private List<AccessTokenRecord> results;

    /** The token to get the next page of results. */
    private String nextPageToken;

    public List<AccessTokenRecord> getResults() {
        return results;
    }

    public AccessTokenRecordList setResults(List<AccessTokenRecord> results) {
        this.results = results;
        return this;
    }

    public String getNextPageToken() {
        return nextPageToken;
    }

    public AccessTokenRecordList setNextPageToken(String nextPageToken) {
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
        AccessTokenRecordList that = (AccessTokenRecordList) o;
        return Objects.equals(results, that.results)
                && Objects.equals(nextPageToken, that.nextPageToken);
    }

    @Override
    public int hashCode() {
        return Objects.hash(results, nextPageToken);
    }

    @Override
    public String toString() {
        return "AccessTokenRecordList{"
                + "results=" + results
                + ", nextPageToken=" + nextPageToken
                + '}';
    }
}
