package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.List;
import java.util.Objects;

/** Paginated results of a ColumnModel. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class PaginatedColumnModels {
    /** The list of ColumnModels for this page. */
    private List<ColumnModel> results;

    /** The total number of results. */
    private Long totalNumberOfResults;

    public List<ColumnModel> getResults() {
        return results;
    }

    public PaginatedColumnModels setResults(List<ColumnModel> results) {
        this.results = results;
        return this;
    }

    public Long getTotalNumberOfResults() {
        return totalNumberOfResults;
    }

    public PaginatedColumnModels setTotalNumberOfResults(Long totalNumberOfResults) {
        this.totalNumberOfResults = totalNumberOfResults;
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
        PaginatedColumnModels that = (PaginatedColumnModels) o;
        return Objects.equals(results, that.results)
                && Objects.equals(totalNumberOfResults, that.totalNumberOfResults);
    }

    @Override
    public int hashCode() {
        return Objects.hash(results, totalNumberOfResults);
    }

    @Override
    public String toString() {
        return "PaginatedColumnModels{"
                + "results=" + results
                + ", totalNumberOfResults=" + totalNumberOfResults
                + '}';
    }
}
