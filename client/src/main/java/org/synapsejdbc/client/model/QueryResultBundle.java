package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A bundle of information about a query result. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder("concreteType")
@JsonTypeName(QueryResultBundle.CONCRETE_TYPE)
public class QueryResultBundle implements AsynchronousResponseBody {
    /** The {@code concreteType} that identifies this class on the wire. */
    public static final String CONCRETE_TYPE = "org.sagebionetworks.repo.model.table.QueryResultBundle";

    /** The results that match the query. */
    private QueryResult queryResult;

    /** The total number of rows that match the query. */
    private Long queryCount;

    /** The list of SelectColumns from the select clause. */
    private List<SelectColumn> selectColumns;

    /** The maximum number of rows that can be retrieved in a single call. */
    private Long maxRowsPerPage;

    /** The list of ColumnModels for the table. */
    private List<ColumnModel> columnModels;

    /** The list of facets for the search results. */
    private List<FacetColumnResult> facets;

    /** The sum of the file size for all files in the given view query. */
    private SumFileSizes sumFileSizes;

    /** The date-time when this table/view was last updated. */
    private Instant lastUpdatedOn;

    /** The SQL that is combination of a the input SQL, FacetRequests, AdditionalFilters, Sorting, and Pagination. */
    private String combinedSql;

    /** The first 50 actions required to download the files that are part of the query. */
    private List<ActionRequiredCount> actionsRequired;

    @Override
    @JsonProperty(value = "concreteType", access = JsonProperty.Access.READ_ONLY)
    public String getConcreteType() {
        return CONCRETE_TYPE;
    }

    public QueryResult getQueryResult() {
        return queryResult;
    }

    public QueryResultBundle setQueryResult(QueryResult queryResult) {
        this.queryResult = queryResult;
        return this;
    }

    public Long getQueryCount() {
        return queryCount;
    }

    public QueryResultBundle setQueryCount(Long queryCount) {
        this.queryCount = queryCount;
        return this;
    }

    public List<SelectColumn> getSelectColumns() {
        return selectColumns;
    }

    public QueryResultBundle setSelectColumns(List<SelectColumn> selectColumns) {
        this.selectColumns = selectColumns;
        return this;
    }

    public Long getMaxRowsPerPage() {
        return maxRowsPerPage;
    }

    public QueryResultBundle setMaxRowsPerPage(Long maxRowsPerPage) {
        this.maxRowsPerPage = maxRowsPerPage;
        return this;
    }

    public List<ColumnModel> getColumnModels() {
        return columnModels;
    }

    public QueryResultBundle setColumnModels(List<ColumnModel> columnModels) {
        this.columnModels = columnModels;
        return this;
    }

    public List<FacetColumnResult> getFacets() {
        return facets;
    }

    public QueryResultBundle setFacets(List<FacetColumnResult> facets) {
        this.facets = facets;
        return this;
    }

    public SumFileSizes getSumFileSizes() {
        return sumFileSizes;
    }

    public QueryResultBundle setSumFileSizes(SumFileSizes sumFileSizes) {
        this.sumFileSizes = sumFileSizes;
        return this;
    }

    public Instant getLastUpdatedOn() {
        return lastUpdatedOn;
    }

    public QueryResultBundle setLastUpdatedOn(Instant lastUpdatedOn) {
        this.lastUpdatedOn = lastUpdatedOn;
        return this;
    }

    public String getCombinedSql() {
        return combinedSql;
    }

    public QueryResultBundle setCombinedSql(String combinedSql) {
        this.combinedSql = combinedSql;
        return this;
    }

    public List<ActionRequiredCount> getActionsRequired() {
        return actionsRequired;
    }

    public QueryResultBundle setActionsRequired(List<ActionRequiredCount> actionsRequired) {
        this.actionsRequired = actionsRequired;
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
        QueryResultBundle that = (QueryResultBundle) o;
        return Objects.equals(queryResult, that.queryResult)
                && Objects.equals(queryCount, that.queryCount)
                && Objects.equals(selectColumns, that.selectColumns)
                && Objects.equals(maxRowsPerPage, that.maxRowsPerPage)
                && Objects.equals(columnModels, that.columnModels)
                && Objects.equals(facets, that.facets)
                && Objects.equals(sumFileSizes, that.sumFileSizes)
                && Objects.equals(lastUpdatedOn, that.lastUpdatedOn)
                && Objects.equals(combinedSql, that.combinedSql)
                && Objects.equals(actionsRequired, that.actionsRequired);
    }

    @Override
    public int hashCode() {
        return Objects.hash(queryResult, queryCount, selectColumns, maxRowsPerPage, columnModels, facets,
                sumFileSizes, lastUpdatedOn, combinedSql, actionsRequired);
    }

    @Override
    public String toString() {
        return "QueryResultBundle{"
                + "queryResult=" + queryResult
                + ", queryCount=" + queryCount
                + ", selectColumns=" + selectColumns
                + ", maxRowsPerPage=" + maxRowsPerPage
                + ", columnModels=" + columnModels
                + ", facets=" + facets
                + ", sumFileSizes=" + sumFileSizes
                + ", lastUpdatedOn=" + lastUpdatedOn
                + ", combinedSql=" + combinedSql
                + ", actionsRequired=" + actionsRequired
                + '}';
    }
}
