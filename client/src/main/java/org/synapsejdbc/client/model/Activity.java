package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A provenance record: what was used to generate an entity version, and how. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class Activity {
    /** The unique immutable ID. */
    private String id;

    /** A name for this Activity. */
    private String name;

    /** A description of this Activity. */
    private String description;

    /** Synapse employs an Optimistic Concurrency Control (OCC) scheme to handle concurrent updates. */
    private String etag;

    /** The date this object was created. */
    private Instant createdOn;

    /** The date this object was last modified. */
    private Instant modifiedOn;

    /** The user that created this object. */
    private String createdBy;

    /** The user that last modified this object. */
    private String modifiedBy;

    /** The entities used by this Activity. */
    private List<Used> used;

    public String getId() {
        return id;
    }

    public Activity setId(String id) {
        this.id = id;
        return this;
    }

    public String getName() {
        return name;
    }

    public Activity setName(String name) {
        this.name = name;
        return this;
    }

    public String getDescription() {
        return description;
    }

    public Activity setDescription(String description) {
        this.description = description;
        return this;
    }

    public String getEtag() {
        return etag;
    }

    public Activity setEtag(String etag) {
        this.etag = etag;
        return this;
    }

    public Instant getCreatedOn() {
        return createdOn;
    }

    public Activity setCreatedOn(Instant createdOn) {
        this.createdOn = createdOn;
        return this;
    }

    public Instant getModifiedOn() {
        return modifiedOn;
    }

    public Activity setModifiedOn(Instant modifiedOn) {
        this.modifiedOn = modifiedOn;
        return this;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Activity setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
        return this;
    }

    public String getModifiedBy() {
        return modifiedBy;
    }

    public Activity setModifiedBy(String modifiedBy) {
        this.modifiedBy = modifiedBy;
        return this;
    }

    public List<Used> getUsed() {
        return used;
    }

    public Activity setUsed(List<Used> used) {
        this.used = used;
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
        Activity that = (Activity) o;
        return Objects.equals(id, that.id)
                && Objects.equals(name, that.name)
                && Objects.equals(description, that.description)
                && Objects.equals(etag, that.etag)
                && Objects.equals(createdOn, that.createdOn)
                && Objects.equals(modifiedOn, that.modifiedOn)
                && Objects.equals(createdBy, that.createdBy)
                && Objects.equals(modifiedBy, that.modifiedBy)
                && Objects.equals(used, that.used);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, description, etag, createdOn, modifiedOn, createdBy, modifiedBy, used);
    }

    @Override
    public String toString() {
        return "Activity{"
                + "id=" + id
                + ", name=" + name
                + ", description=" + description
                + ", etag=" + etag
                + ", createdOn=" + createdOn
                + ", modifiedOn=" + modifiedOn
                + ", createdBy=" + createdBy
                + ", modifiedBy=" + modifiedBy
                + ", used=" + used
                + '}';
    }
}
