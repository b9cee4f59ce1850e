package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.util.List;
import java.util.Objects;

/** A CSV table download request. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder("concreteType")
@JsonTypeName(DownloadFromTableRequest.CONCRETE_TYPE)
public class DownloadFromTableRequest implements CacheableRequestBody, HasEntityId {
    /** The {@code concreteType} that identifies this class on the wire. */
    public static final String CONCRETE_TYPE = "org.sagebionetworks.repo.model.table.DownloadFromTableRequest";

    private String entityId;

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

    /**
     * Should the first line contain the columns names as a header in the resulting file? Set to 'true' to include the
     * headers else, 'false'.
     */
    private Boolean writeHeader;

    /** Should the first two columns contain the row ID and row version? The default value is 'true'. */
    private Boolean includeRowIdAndRowVersion;

    private CsvTableDescriptor csvTableDescriptor;

    /** The optional name for the downloaded table. */
    private String fileName;

    @Override
    @JsonProperty(value = "concreteType", access = JsonProperty.Access.READ_ONLY)
    public String getConcreteType() {
        return CONCRETE_TYPE;
    }

    @Override
    public String getEntityId() {
        return entityId;
    }

    @Override
    public DownloadFromTableRequest setEntityId(String entityId) {
        this.entityId = entityId;
        return this;
    }

    public String getSql() {
        return sql;
    }

    public DownloadFromTableRequest setSql(String sql) {
        this.sql = sql;
        return this;
    }

    public List<QueryFilter> getAdditionalFilters() {
        return additionalFilters;
    }

    public DownloadFromTableRequest setAdditionalFilters(List<QueryFilter> additionalFilters) {
        this.additionalFilters = additionalFilters;
        return this;
    }

    public List<FacetColumnRequest> getSelectedFacets() {
        return selectedFacets;
    }

    public DownloadFromTableRequest setSelectedFacets(List<FacetColumnRequest> selectedFacets) {
        this.selectedFacets = selectedFacets;
        return this;
    }

    public Boolean getIncludeEntityEtag() {
        return includeEntityEtag;
    }

    public DownloadFromTableRequest setIncludeEntityEtag(Boolean includeEntityEtag) {
        this.includeEntityEtag = includeEntityEtag;
        return this;
    }

    public Long getSelectFileColumn() {
        return selectFileColumn;
    }

    public DownloadFromTableRequest setSelectFileColumn(Long selectFileColumn) {
        this.selectFileColumn = selectFileColumn;
        return this;
    }

    public Long getSelectFileVersionColumn() {
        return selectFileVersionColumn;
    }

    public DownloadFromTableRequest setSelectFileVersionColumn(Long selectFileVersionColumn) {
        this.selectFileVersionColumn = selectFileVersionColumn;
        return this;
    }

    public Long getOffset() {
        return offset;
    }

    public DownloadFromTableRequest setOffset(Long offset) {
        this.offset = offset;
        return this;
    }

    public Long getLimit() {
        return limit;
    }

    public DownloadFromTableRequest setLimit(Long limit) {
        this.limit = limit;
        return this;
    }

    public List<SortItem> getSort() {
        return sort;
    }

    public DownloadFromTableRequest setSort(List<SortItem> sort) {
        this.sort = sort;
        return this;
    }

    public Boolean getWriteHeader() {
        return writeHeader;
    }

    public DownloadFromTableRequest setWriteHeader(Boolean writeHeader) {
        this.writeHeader = writeHeader;
        return this;
    }

    public Boolean getIncludeRowIdAndRowVersion() {
        return includeRowIdAndRowVersion;
    }

    public DownloadFromTableRequest setIncludeRowIdAndRowVersion(Boolean includeRowIdAndRowVersion) {
        this.includeRowIdAndRowVersion = includeRowIdAndRowVersion;
        return this;
    }

    public CsvTableDescriptor getCsvTableDescriptor() {
        return csvTableDescriptor;
    }

    public DownloadFromTableRequest setCsvTableDescriptor(CsvTableDescriptor csvTableDescriptor) {
        this.csvTableDescriptor = csvTableDescriptor;
        return this;
    }

    public String getFileName() {
        return fileName;
    }

    public DownloadFromTableRequest setFileName(String fileName) {
        this.fileName = fileName;
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
        DownloadFromTableRequest that = (DownloadFromTableRequest) o;
        return Objects.equals(entityId, that.entityId)
                && Objects.equals(sql, that.sql)
                && Objects.equals(additionalFilters, that.additionalFilters)
                && Objects.equals(selectedFacets, that.selectedFacets)
                && Objects.equals(includeEntityEtag, that.includeEntityEtag)
                && Objects.equals(selectFileColumn, that.selectFileColumn)
                && Objects.equals(selectFileVersionColumn, that.selectFileVersionColumn)
                && Objects.equals(offset, that.offset)
                && Objects.equals(limit, that.limit)
                && Objects.equals(sort, that.sort)
                && Objects.equals(writeHeader, that.writeHeader)
                && Objects.equals(includeRowIdAndRowVersion, that.includeRowIdAndRowVersion)
                && Objects.equals(csvTableDescriptor, that.csvTableDescriptor)
                && Objects.equals(fileName, that.fileName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entityId, sql, additionalFilters, selectedFacets, includeEntityEtag,
                selectFileColumn, selectFileVersionColumn, offset, limit, sort, writeHeader,
                includeRowIdAndRowVersion, csvTableDescriptor, fileName);
    }

    @Override
    public String toString() {
        return "DownloadFromTableRequest{"
                + "entityId=" + entityId
                + ", sql=" + sql
                + ", additionalFilters=" + additionalFilters
                + ", selectedFacets=" + selectedFacets
                + ", includeEntityEtag=" + includeEntityEtag
                + ", selectFileColumn=" + selectFileColumn
                + ", selectFileVersionColumn=" + selectFileVersionColumn
                + ", offset=" + offset
                + ", limit=" + limit
                + ", sort=" + sort
                + ", writeHeader=" + writeHeader
                + ", includeRowIdAndRowVersion=" + includeRowIdAndRowVersion
                + ", csvTableDescriptor=" + csvTableDescriptor
                + ", fileName=" + fileName
                + '}';
    }
}
