package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.List;
import java.util.Objects;

/** A Synapse SQL query with optional paging, sorting, extra filters and facet selections. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class Query {
    /** The SQL query string. */
    private String sql;

    /** Appends additional filters to the SQL query. */
    private List<QueryFilter> additionalFilters;

    /** The selected facet filters. */
    private List<FacetColumnRequest> selectedFacets;

    /** Optional, default false. */
    private Boolean includeEntityEtag;

    /** The id of the column used to select file entities (e.g. to fetch the action required for download). */
    private Long selectFileColumn;

    /**
     * The id of the column used as the version for selecting file entities when required (e.g. to add a materialized
     * view query to the download cart with version enabled).
     */
    private Long selectFileVersionColumn;

    /** The optional offset into the results. */
    private Long offset;

    /** The optional limit to the results. */
    private Long limit;

    private List<SortItem> sort;

    public String getSql() {
        return sql;
    }

    public Query setSql(String sql) {
        this.sql = sql;
        return this;
    }

    public List<QueryFilter> getAdditionalFilters() {
        return additionalFilters;
    }

    public Query setAdditionalFilters(List<QueryFilter> additionalFilters) {
        this.additionalFilters = additionalFilters;
        return this;
    }

    public List<FacetColumnRequest> getSelectedFacets() {
        return selectedFacets;
    }

    public Query setSelectedFacets(List<FacetColumnRequest> selectedFacets) {
        this.selectedFacets = selectedFacets;
        return this;
    }

    public Boolean getIncludeEntityEtag() {
        return includeEntityEtag;
    }

    public Query setIncludeEntityEtag(Boolean includeEntityEtag) {
        this.includeEntityEtag = includeEntityEtag;
        return this;
    }

    public Long getSelectFileColumn() {
        return selectFileColumn;
    }

    public Query setSelectFileColumn(Long selectFileColumn) {
        this.selectFileColumn = selectFileColumn;
        return this;
    }

    public Long getSelectFileVersionColumn() {
        return selectFileVersionColumn;
    }

    public Query setSelectFileVersionColumn(Long selectFileVersionColumn) {
        this.selectFileVersionColumn = selectFileVersionColumn;
        return this;
    }

    public Long getOffset() {
        return offset;
    }

    public Query setOffset(Long offset) {
        this.offset = offset;
        return this;
    }

    public Long getLimit() {
        return limit;
    }

    public Query setLimit(Long limit) {
        this.limit = limit;
        return this;
    }

    public List<SortItem> getSort() {
        return sort;
    }

    public Query setSort(List<SortItem> sort) {
        this.sort = sort;
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
        Query that = (Query) o;
        return Objects.equals(sql, that.sql)
                && Objects.equals(additionalFilters, that.additionalFilters)
                && Objects.equals(selectedFacets, that.selectedFacets)
                && Objects.equals(includeEntityEtag, that.includeEntityEtag)
                && Objects.equals(selectFileColumn, that.selectFileColumn)
                && Objects.equals(selectFileVersionColumn, that.selectFileVersionColumn)
                && Objects.equals(offset, that.offset)
                && Objects.equals(limit, that.limit)
                && Objects.equals(sort, that.sort);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sql, additionalFilters, selectedFacets, includeEntityEtag, selectFileColumn,
                selectFileVersionColumn, offset, limit, sort);
    }

    @Override
    public String toString() {
        return "Query{"
                + "sql=" + sql
                + ", additionalFilters=" + additionalFilters
                + ", selectedFacets=" + selectedFacets
                + ", includeEntityEtag=" + includeEntityEtag
                + ", selectFileColumn=" + selectFileColumn
                + ", selectFileVersionColumn=" + selectFileVersionColumn
                + ", offset=" + offset
                + ", limit=" + limit
                + ", sort=" + sort
                + '}';
    }
}
