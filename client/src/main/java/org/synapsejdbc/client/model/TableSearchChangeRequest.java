package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.util.Objects;

/** An AsynchronousRequestBody to change the search configuration of a table. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder("concreteType")
@JsonTypeName(TableSearchChangeRequest.CONCRETE_TYPE)
public class TableSearchChangeRequest implements TableUpdateRequest {
    /** The {@code concreteType} that identifies this class on the wire. */
    public static final String CONCRETE_TYPE = "org.sagebionetworks.repo.model.table.TableSearchChangeRequest";

    private String entityId;

    /** Specifies if the search should be enabled or disabled on the table. */
    private Boolean searchEnabled;

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
    public TableSearchChangeRequest setEntityId(String entityId) {
        this.entityId = entityId;
        return this;
    }

    public Boolean getSearchEnabled() {
        return searchEnabled;
    }

    public TableSearchChangeRequest setSearchEnabled(Boolean searchEnabled) {
        this.searchEnabled = searchEnabled;
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
        TableSearchChangeRequest that = (TableSearchChangeRequest) o;
        return Objects.equals(entityId, that.entityId)
                && Objects.equals(searchEnabled, that.searchEnabled);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entityId, searchEnabled);
    }

    @Override
    public String toString() {
        return "TableSearchChangeRequest{"
                + "entityId=" + entityId
                + ", searchEnabled=" + searchEnabled
                + '}';
    }
}
