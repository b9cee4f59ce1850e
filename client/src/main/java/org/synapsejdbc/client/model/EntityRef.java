package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.Objects;

/** Represents a reference to the id and version of an entity to be used in collections. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class EntityRef {
    /** The 'syn' identifier of the entity. */
    private String entityId;

    /** Indicates a specific version of a the entity. */
    private Long versionNumber;

    public String getEntityId() {
        return entityId;
    }

    public EntityRef setEntityId(String entityId) {
        this.entityId = entityId;
        return this;
    }

    public Long getVersionNumber() {
        return versionNumber;
    }

    public EntityRef setVersionNumber(Long versionNumber) {
        this.versionNumber = versionNumber;
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
        EntityRef that = (EntityRef) o;
        return Objects.equals(entityId, that.entityId)
                && Objects.equals(versionNumber, that.versionNumber);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entityId, versionNumber);
    }

    @Override
    public String toString() {
        return "EntityRef{"
                + "entityId=" + entityId
                + ", versionNumber=" + versionNumber
                + '}';
    }
}
