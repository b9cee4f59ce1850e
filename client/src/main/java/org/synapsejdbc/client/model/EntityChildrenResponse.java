package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.List;
import java.util.Objects;

/** Response of EntityHeaders for the children of a given parent Entity. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class EntityChildrenResponse {
    /** The headers of each child. */
    private List<EntityHeader> page;

    /** Token that can be used to get the next page. */
    private String nextPageToken;

    /** The total number of children with the requested parentId and types. */
    private Long totalChildCount;

    /** The sum of the file sizes (bytes) with the requested parentId and types. */
    private Long sumFileSizesBytes;

    public List<EntityHeader> getPage() {
        return page;
    }

    public EntityChildrenResponse setPage(List<EntityHeader> page) {
        this.page = page;
        return this;
    }

    public String getNextPageToken() {
        return nextPageToken;
    }

    public EntityChildrenResponse setNextPageToken(String nextPageToken) {
        this.nextPageToken = nextPageToken;
        return this;
    }

    public Long getTotalChildCount() {
        return totalChildCount;
    }

    public EntityChildrenResponse setTotalChildCount(Long totalChildCount) {
        this.totalChildCount = totalChildCount;
        return this;
    }

    public Long getSumFileSizesBytes() {
        return sumFileSizesBytes;
    }

    public EntityChildrenResponse setSumFileSizesBytes(Long sumFileSizesBytes) {
        this.sumFileSizesBytes = sumFileSizesBytes;
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
        EntityChildrenResponse that = (EntityChildrenResponse) o;
        return Objects.equals(page, that.page)
                && Objects.equals(nextPageToken, that.nextPageToken)
                && Objects.equals(totalChildCount, that.totalChildCount)
                && Objects.equals(sumFileSizesBytes, that.sumFileSizesBytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(page, nextPageToken, totalChildCount, sumFileSizesBytes);
    }

    @Override
    public String toString() {
        return "EntityChildrenResponse{"
                + "page=" + page
                + ", nextPageToken=" + nextPageToken
                + ", totalChildCount=" + totalChildCount
                + ", sumFileSizesBytes=" + sumFileSizesBytes
                + '}';
    }
}
