package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Contains list of principals who can access the data with the allowed types of access for each. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class AccessControlList {
    /** The entity id. */
    private String id;

    /** UNUSED -- maintained only for backwards compatibility with archived objects. */
    private String createdBy;

    private Instant creationDate;

    /** UNUSED -- maintained only for backwards compatibility with archived objects. */
    private String modifiedBy;

    /** UNUSED -- maintained only for backwards compatibility with archived objects. */
    private Instant modifiedOn;

    private String etag;

    /** The list of principals who can access the data with the allowed types of access for each. */
    private List<ResourceAccess> resourceAccess;

    public String getId() {
        return id;
    }

    public AccessControlList setId(String id) {
        this.id = id;
        return this;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public AccessControlList setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
        return this;
    }

    public Instant getCreationDate() {
        return creationDate;
    }

    public AccessControlList setCreationDate(Instant creationDate) {
        this.creationDate = creationDate;
        return this;
    }

    public String getModifiedBy() {
        return modifiedBy;
    }

    public AccessControlList setModifiedBy(String modifiedBy) {
        this.modifiedBy = modifiedBy;
        return this;
    }

    public Instant getModifiedOn() {
        return modifiedOn;
    }

    public AccessControlList setModifiedOn(Instant modifiedOn) {
        this.modifiedOn = modifiedOn;
        return this;
    }

    public String getEtag() {
        return etag;
    }

    public AccessControlList setEtag(String etag) {
        this.etag = etag;
        return this;
    }

    public List<ResourceAccess> getResourceAccess() {
        return resourceAccess;
    }

    public AccessControlList setResourceAccess(List<ResourceAccess> resourceAccess) {
        this.resourceAccess = resourceAccess;
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
        AccessControlList that = (AccessControlList) o;
        return Objects.equals(id, that.id)
                && Objects.equals(createdBy, that.createdBy)
                && Objects.equals(creationDate, that.creationDate)
                && Objects.equals(modifiedBy, that.modifiedBy)
                && Objects.equals(modifiedOn, that.modifiedOn)
                && Objects.equals(etag, that.etag)
                && Objects.equals(resourceAccess, that.resourceAccess);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, createdBy, creationDate, modifiedBy, modifiedOn, etag, resourceAccess);
    }

    @Override
    public String toString() {
        return "AccessControlList{"
                + "id=" + id
                + ", createdBy=" + createdBy
                + ", creationDate=" + creationDate
                + ", modifiedBy=" + modifiedBy
                + ", modifiedOn=" + modifiedOn
                + ", etag=" + etag
                + ", resourceAccess=" + resourceAccess
                + '}';
    }
}
