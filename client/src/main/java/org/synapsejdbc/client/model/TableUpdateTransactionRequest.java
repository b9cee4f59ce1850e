package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.util.List;
import java.util.Objects;

/** An AsynchronousRequestBody to used make multiple changes to a table or view as a single 'transaction'. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder("concreteType")
@JsonTypeName(TableUpdateTransactionRequest.CONCRETE_TYPE)
public class TableUpdateTransactionRequest implements AsynchronousRequestBody, HasEntityId {
    /** The {@code concreteType} that identifies this class on the wire. */
    public static final String CONCRETE_TYPE = "org.sagebionetworks.repo.model.table.TableUpdateTransactionRequest";

    private String entityId;

    /** List of changes that describes schema and/or row changes to a table. */
    private List<TableUpdateRequest> changes;

    /**
     * When set to 'true', a snapshot of the table or view will be created and a new version of the entity will be
     * persisted.
     */
    private Boolean createSnapshot;

    /** When 'createSnapshot' is set to true, these options will be used to create the new snapshot. */
    private SnapshotRequest snapshotOptions;

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
    public TableUpdateTransactionRequest setEntityId(String entityId) {
        this.entityId = entityId;
        return this;
    }

    public List<TableUpdateRequest> getChanges() {
        return changes;
    }

    public TableUpdateTransactionRequest setChanges(List<TableUpdateRequest> changes) {
        this.changes = changes;
        return this;
    }

    public Boolean getCreateSnapshot() {
        return createSnapshot;
    }

    public TableUpdateTransactionRequest setCreateSnapshot(Boolean createSnapshot) {
        this.createSnapshot = createSnapshot;
        return this;
    }

    public SnapshotRequest getSnapshotOptions() {
        return snapshotOptions;
    }

    public TableUpdateTransactionRequest setSnapshotOptions(SnapshotRequest snapshotOptions) {
        this.snapshotOptions = snapshotOptions;
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
        TableUpdateTransactionRequest that = (TableUpdateTransactionRequest) o;
        return Objects.equals(entityId, that.entityId)
                && Objects.equals(changes, that.changes)
                && Objects.equals(createSnapshot, that.createSnapshot)
                && Objects.equals(snapshotOptions, that.snapshotOptions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entityId, changes, createSnapshot, snapshotOptions);
    }

    @Override
    public String toString() {
        return "TableUpdateTransactionRequest{"
                + "entityId=" + entityId
                + ", changes=" + changes
                + ", createSnapshot=" + createSnapshot
                + ", snapshotOptions=" + snapshotOptions
                + '}';
    }
}
