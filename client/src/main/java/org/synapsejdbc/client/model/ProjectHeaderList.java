package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.List;
import java.util.Objects;

/** List of project headers. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class ProjectHeaderList {
    private List<ProjectHeader> results;

    /** The token to get the next page of results. */
    private String nextPageToken;

    public List<ProjectHeader> getResults() {
        return results;
    }

    public ProjectHeaderList setResults(List<ProjectHeader> results) {
        this.results = results;
        return this;
    }

    public String getNextPageToken() {
        return nextPageToken;
    }

    public ProjectHeaderList setNextPageToken(String nextPageToken) {
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
        ProjectHeaderList that = (ProjectHeaderList) o;
        return Objects.equals(results, that.results)
                && Objects.equals(nextPageToken, that.nextPageToken);
    }

    @Override
    public int hashCode() {
        return Objects.hash(results, nextPageToken);
    }

    @Override
    public String toString() {
        return "ProjectHeaderList{"
                + "results=" + results
                + ", nextPageToken=" + nextPageToken
                + '}';
    }
}
