package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.util.List;
import java.util.Objects;

/** An AsynchronousRequestBody to change the schema of a table. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder("concreteType")
@JsonTypeName(TableSchemaChangeRequest.CONCRETE_TYPE)
public class TableSchemaChangeRequest implements TableUpdateRequest {
    /** The {@code concreteType} that identifies this class on the wire. */
    public static final String CONCRETE_TYPE = "org.sagebionetworks.repo.model.table.TableSchemaChangeRequest";

    private String entityId;

    /** List of changes that describes column additions, deletions, and updates. */
    private List<ColumnChange> changes;

    /** Optional: Used to set the order of columns for this table. */
    private List<String> orderedColumnIds;

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
    public TableSchemaChangeRequest setEntityId(String entityId) {
        this.entityId = entityId;
        return this;
    }

    public List<ColumnChange> getChanges() {
        return changes;
    }

    public TableSchemaChangeRequest setChanges(List<ColumnChange> changes) {
        this.changes = changes;
        return this;
    }

    public List<String> getOrderedColumnIds() {
        return orderedColumnIds;
    }

    public TableSchemaChangeRequest setOrderedColumnIds(List<String> orderedColumnIds) {
        this.orderedColumnIds = orderedColumnIds;
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
        TableSchemaChangeRequest that = (TableSchemaChangeRequest) o;
        return Objects.equals(entityId, that.entityId)
                && Objects.equals(changes, that.changes)
                && Objects.equals(orderedColumnIds, that.orderedColumnIds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entityId, changes, orderedColumnIds);
    }

    @Override
    public String toString() {
        return "TableSchemaChangeRequest{"
                + "entityId=" + entityId
                + ", changes=" + changes
                + ", orderedColumnIds=" + orderedColumnIds
                + '}';
    }
}
