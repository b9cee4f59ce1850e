package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.util.Objects;

/** A table update request that appends, updates or deletes rows. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder("concreteType")
@JsonTypeName(AppendableRowSetRequest.CONCRETE_TYPE)
public class AppendableRowSetRequest implements TableUpdateRequest {
    /** The {@code concreteType} that identifies this class on the wire. */
    public static final String CONCRETE_TYPE = "org.sagebionetworks.repo.model.table.AppendableRowSetRequest";

    private String entityId;

    private AppendableRowSet toAppend;

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
    public AppendableRowSetRequest setEntityId(String entityId) {
        this.entityId = entityId;
        return this;
    }

    public AppendableRowSet getToAppend() {
        return toAppend;
    }

    public AppendableRowSetRequest setToAppend(AppendableRowSet toAppend) {
        this.toAppend = toAppend;
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
        AppendableRowSetRequest that = (AppendableRowSetRequest) o;
        return Objects.equals(entityId, that.entityId)
                && Objects.equals(toAppend, that.toAppend);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entityId, toAppend);
    }

    @Override
    public String toString() {
        return "AppendableRowSetRequest{"
                + "entityId=" + entityId
                + ", toAppend=" + toAppend
                + '}';
    }
}
