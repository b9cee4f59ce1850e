package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.List;
import java.util.Objects;

/** A single page of ColumnModels. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class ColumnModelPage {
    /** A single page of ColumnModels. */
    private List<ColumnModel> results;

    /** If there are more pages of results this token can be used to get the next page. */
    private String nextPageToken;

    public List<ColumnModel> getResults() {
        return results;
    }

    public ColumnModelPage setResults(List<ColumnModel> results) {
        this.results = results;
        return this;
    }

    public String getNextPageToken() {
        return nextPageToken;
    }

    public ColumnModelPage setNextPageToken(String nextPageToken) {
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
        ColumnModelPage that = (ColumnModelPage) o;
        return Objects.equals(results, that.results)
                && Objects.equals(nextPageToken, that.nextPageToken);
    }

    @Override
    public int hashCode() {
        return Objects.hash(results, nextPageToken);
    }

    @Override
    public String toString() {
        return "ColumnModelPage{"
                + "results=" + results
                + ", nextPageToken=" + nextPageToken
                + '}';
    }
}
