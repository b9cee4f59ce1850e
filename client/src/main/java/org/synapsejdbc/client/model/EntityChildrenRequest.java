package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.List;
import java.util.Objects;

/** Request for EntityHeaders of the children of a given parent Entity. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class EntityChildrenRequest {
    /** The ID of the parent. */
    private String parentId;

    /** Optional parameter used to fetch the next page of results. */
    private String nextPageToken;

    /** The types of children to be include. */
    private List<EntityType> includeTypes;

    /** How results should be sorted. */
    private SortBy sortBy;

    /** The direction of the result sort. */
    private Direction sortDirection;

    /** When true, the total number of children with the given parentId and types will be included. */
    private Boolean includeTotalChildCount;

    /** When true, the sum of the files sizes (bytes) with the given parentId and types will be included. */
    private Boolean includeSumFileSizes;

    public String getParentId() {
        return parentId;
    }

    public EntityChildrenRequest setParentId(String parentId) {
        this.parentId = parentId;
        return this;
    }

    public String getNextPageToken() {
        return nextPageToken;
    }

    public EntityChildrenRequest setNextPageToken(String nextPageToken) {
        this.nextPageToken = nextPageToken;
        return this;
    }

    public List<EntityType> getIncludeTypes() {
        return includeTypes;
    }

    public EntityChildrenRequest setIncludeTypes(List<EntityType> includeTypes) {
        this.includeTypes = includeTypes;
        return this;
    }

    public SortBy getSortBy() {
        return sortBy;
    }

    public EntityChildrenRequest setSortBy(SortBy sortBy) {
        this.sortBy = sortBy;
        return this;
    }

    public Direction getSortDirection() {
        return sortDirection;
    }

    public EntityChildrenRequest setSortDirection(Direction sortDirection) {
        this.sortDirection = sortDirection;
        return this;
    }

    public Boolean getIncludeTotalChildCount() {
        return includeTotalChildCount;
    }

    public EntityChildrenRequest setIncludeTotalChildCount(Boolean includeTotalChildCount) {
        this.includeTotalChildCount = includeTotalChildCount;
        return this;
    }

    public Boolean getIncludeSumFileSizes() {
        return includeSumFileSizes;
    }

    public EntityChildrenRequest setIncludeSumFileSizes(Boolean includeSumFileSizes) {
        this.includeSumFileSizes = includeSumFileSizes;
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
        EntityChildrenRequest that = (EntityChildrenRequest) o;
        return Objects.equals(parentId, that.parentId)
                && Objects.equals(nextPageToken, that.nextPageToken)
                && Objects.equals(includeTypes, that.includeTypes)
                && Objects.equals(sortBy, that.sortBy)
                && Objects.equals(sortDirection, that.sortDirection)
                && Objects.equals(includeTotalChildCount, that.includeTotalChildCount)
                && Objects.equals(includeSumFileSizes, that.includeSumFileSizes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(parentId, nextPageToken, includeTypes, sortBy, sortDirection,
                includeTotalChildCount, includeSumFileSizes);
    }

    @Override
    public String toString() {
        return "EntityChildrenRequest{"
                + "parentId=" + parentId
                + ", nextPageToken=" + nextPageToken
                + ", includeTypes=" + includeTypes
                + ", sortBy=" + sortBy
                + ", sortDirection=" + sortDirection
                + ", includeTotalChildCount=" + includeTotalChildCount
                + ", includeSumFileSizes=" + includeSumFileSizes
                + '}';
    }
}
