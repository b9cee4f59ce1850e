package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.time.Instant;
import java.util.Objects;

/** A Synapse entity that contains other entities. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder("concreteType")
@JsonTypeName(Folder.CONCRETE_TYPE)
public class Folder implements Entity {
    /** The {@code concreteType} that identifies this class on the wire. */
    public static final String CONCRETE_TYPE = "org.sagebionetworks.repo.model.Folder";

    /** The name of this entity. */
    private String name;

    /** The description of this entity. */
    private String description;

    /** The unique immutable ID for this entity. */
    private String id;

    /** Synapse employs an Optimistic Concurrency Control (OCC) scheme to handle concurrent updates. */
    private String etag;

    /** The date this entity was created. */
    private Instant createdOn;

    /** The date this entity was last modified. */
    private Instant modifiedOn;

    /** The ID of the user that created this entity. */
    private String createdBy;

    /** The ID of the user that last modified this entity. */
    private String modifiedBy;

    /** The ID of the Entity that is the parent of this Entity. */
    private String parentId;

    @Override
    @JsonProperty(value = "concreteType", access = JsonProperty.Access.READ_ONLY)
    public String getConcreteType() {
        return CONCRETE_TYPE;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Folder setName(String name) {
        this.name = name;
        return this;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Folder setDescription(String description) {
        this.description = description;
        return this;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public Folder setId(String id) {
        this.id = id;
        return this;
    }

    @Override
    public String getEtag() {
        return etag;
    }

    @Override
    public Folder setEtag(String etag) {
        this.etag = etag;
        return this;
    }

    @Override
    public Instant getCreatedOn() {
        return createdOn;
    }

    @Override
    public Folder setCreatedOn(Instant createdOn) {
        this.createdOn = createdOn;
        return this;
    }

    @Override
    public Instant getModifiedOn() {
        return modifiedOn;
    }

    @Override
    public Folder setModifiedOn(Instant modifiedOn) {
        this.modifiedOn = modifiedOn;
        return this;
    }

    @Override
    public String getCreatedBy() {
        return createdBy;
    }

    @Override
    public Folder setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
        return this;
    }

    @Override
    public String getModifiedBy() {
        return modifiedBy;
    }

    @Override
    public Folder setModifiedBy(String modifiedBy) {
        this.modifiedBy = modifiedBy;
        return this;
    }

    @Override
    public String getParentId() {
        return parentId;
    }

    @Override
    public Folder setParentId(String parentId) {
        this.parentId = parentId;
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
        Folder that = (Folder) o;
        return Objects.equals(name, that.name)
                && Objects.equals(description, that.description)
                && Objects.equals(id, that.id)
                && Objects.equals(etag, that.etag)
                && Objects.equals(createdOn, that.createdOn)
                && Objects.equals(modifiedOn, that.modifiedOn)
                && Objects.equals(createdBy, that.createdBy)
                && Objects.equals(modifiedBy, that.modifiedBy)
                && Objects.equals(parentId, that.parentId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, description, id, etag, createdOn, modifiedOn, createdBy, modifiedBy,
                parentId);
    }

    @Override
    public String toString() {
        return "Folder{"
                + "name=" + name
                + ", description=" + description
                + ", id=" + id
                + ", etag=" + etag
                + ", createdOn=" + createdOn
                + ", modifiedOn=" + modifiedOn
                + ", createdBy=" + createdBy
                + ", modifiedBy=" + modifiedBy
                + ", parentId=" + parentId
                + '}';
    }
}
