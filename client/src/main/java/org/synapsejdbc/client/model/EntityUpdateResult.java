package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.Objects;

/** Result of a single Entity Update. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class EntityUpdateResult {
    /** The ID of the updated entity. */
    private String entityId;

    /** Failure message for unknown and illegal errors. */
    private String failureMessage;

    /** If the Entity update failed, a failure code will be included. */
    private EntityUpdateFailureCode failureCode;

    public String getEntityId() {
        return entityId;
    }

    public EntityUpdateResult setEntityId(String entityId) {
        this.entityId = entityId;
        return this;
    }

    public String getFailureMessage() {
        return failureMessage;
    }

    public EntityUpdateResult setFailureMessage(String failureMessage) {
        this.failureMessage = failureMessage;
        return this;
    }

    public EntityUpdateFailureCode getFailureCode() {
        return failureCode;
    }

    public EntityUpdateResult setFailureCode(EntityUpdateFailureCode failureCode) {
        this.failureCode = failureCode;
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
        EntityUpdateResult that = (EntityUpdateResult) o;
        return Objects.equals(entityId, that.entityId)
                && Objects.equals(failureMessage, that.failureMessage)
                && Objects.equals(failureCode, that.failureCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entityId, failureMessage, failureCode);
    }

    @Override
    public String toString() {
        return "EntityUpdateResult{"
                + "entityId=" + entityId
                + ", failureMessage=" + failureMessage
                + ", failureCode=" + failureCode
                + '}';
    }
}
