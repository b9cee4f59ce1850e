package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.Objects;

/** A request to look up an entity given parentId and the entity name. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class EntityLookupRequest {
    /** The parentID. */
    private String parentId;

    /** The entity name. */
    private String entityName;

    public String getParentId() {
        return parentId;
    }

    public EntityLookupRequest setParentId(String parentId) {
        this.parentId = parentId;
        return this;
    }

    public String getEntityName() {
        return entityName;
    }

    public EntityLookupRequest setEntityName(String entityName) {
        this.entityName = entityName;
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
        EntityLookupRequest that = (EntityLookupRequest) o;
        return Objects.equals(parentId, that.parentId)
                && Objects.equals(entityName, that.entityName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(parentId, entityName);
    }

    @Override
    public String toString() {
        return "EntityLookupRequest{"
                + "parentId=" + parentId
                + ", entityName=" + entityName
                + '}';
    }
}
