package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.util.Objects;

/** A token to fetch the next page of a table query result. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder("concreteType")
@JsonTypeName(QueryNextPageToken.CONCRETE_TYPE)
public class QueryNextPageToken implements CacheableRequestBody, HasEntityId {
    /** The {@code concreteType} that identifies this class on the wire. */
    public static final String CONCRETE_TYPE = "org.sagebionetworks.repo.model.table.QueryNextPageToken";

    private String entityId;

    /** The token for the next page. */
    private String token;

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
    public QueryNextPageToken setEntityId(String entityId) {
        this.entityId = entityId;
        return this;
    }

    public String getToken() {
        return token;
    }

    public QueryNextPageToken setToken(String token) {
        this.token = token;
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
        QueryNextPageToken that = (QueryNextPageToken) o;
        return Objects.equals(entityId, that.entityId)
                && Objects.equals(token, that.token);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entityId, token);
    }

    @Override
    public String toString() {
        return "QueryNextPageToken{"
                + "entityId=" + entityId
                + ", token=" + (token == null ? null : "***")
                + '}';
    }
}
