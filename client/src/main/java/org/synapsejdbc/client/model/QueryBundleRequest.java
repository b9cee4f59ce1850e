package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.util.Objects;

/** An asynchronous table query request that selects which parts of the result bundle to return. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder("concreteType")
@JsonTypeName(QueryBundleRequest.CONCRETE_TYPE)
public class QueryBundleRequest implements CacheableRequestBody, HasEntityId {
    /** The {@code concreteType} that identifies this class on the wire. */
    public static final String CONCRETE_TYPE = "org.sagebionetworks.repo.model.table.QueryBundleRequest";

    private String entityId;

    private Query query;

    /** Optional, default all. */
    private Long partMask;

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
    public QueryBundleRequest setEntityId(String entityId) {
        this.entityId = entityId;
        return this;
    }

    public Query getQuery() {
        return query;
    }

    public QueryBundleRequest setQuery(Query query) {
        this.query = query;
        return this;
    }

    public Long getPartMask() {
        return partMask;
    }

    public QueryBundleRequest setPartMask(Long partMask) {
        this.partMask = partMask;
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
        QueryBundleRequest that = (QueryBundleRequest) o;
        return Objects.equals(entityId, that.entityId)
                && Objects.equals(query, that.query)
                && Objects.equals(partMask, that.partMask);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entityId, query, partMask);
    }

    @Override
    public String toString() {
        return "QueryBundleRequest{"
                + "entityId=" + entityId
                + ", query=" + query
                + ", partMask=" + partMask
                + '}';
    }
}
