package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.List;
import java.util.Objects;

/**
 * Synapse's generic page of results, {@code {"results": [...], "totalNumberOfResults": n}} (no schema file).
 *
 * <p>Read it with a {@code TypeReference}, e.g. {@code new TypeReference<PaginatedResults<VersionInfo>>() {}}.
 *
 * @param <T> the element type
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class PaginatedResults<T> {
    /** The items of this page. */
    private List<T> results;

    /** The total number of results (Synapse may return an estimate). */
    private Long totalNumberOfResults;

    /** A page holding the given results and total. */
    public static <T> PaginatedResults<T> of(List<T> results, long totalNumberOfResults) {
        return new PaginatedResults<T>().setResults(results).setTotalNumberOfResults(totalNumberOfResults);
    }

    public List<T> getResults() {
        return results;
    }

    public PaginatedResults<T> setResults(List<T> results) {
        this.results = results;
        return this;
    }

    public Long getTotalNumberOfResults() {
        return totalNumberOfResults;
    }

    public PaginatedResults<T> setTotalNumberOfResults(Long totalNumberOfResults) {
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
        PaginatedResults<?> that = (PaginatedResults<?>) o;
        return Objects.equals(results, that.results) && Objects.equals(totalNumberOfResults, that.totalNumberOfResults);
    }

    @Override
    public int hashCode() {
        return Objects.hash(results, totalNumberOfResults);
    }

    @Override
    public String toString() {
        return "PaginatedResults{results=" + results + ", totalNumberOfResults=" + totalNumberOfResults + '}';
    }
}
