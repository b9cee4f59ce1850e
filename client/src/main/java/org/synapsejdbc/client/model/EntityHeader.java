package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.time.Instant;
import java.util.Objects;

/** A short summary of an entity: its id, name, type and version. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class EntityHeader {
    /** The name of the entity. */
    private String name;

    /** The id of the entity. */
    private String id;

    /** The type of the entity. */
    private String type;

    /** The version number of the entity. */
    private Long versionNumber;

    /** The user defined version label of the entity. */
    private String versionLabel;

    /** If this version is the latest version of the entity. */
    private Boolean isLatestVersion;

    /** The ID of the entity that this Entity's ACL is inherited from. */
    private Long benefactorId;

    /** The date this entity was created. */
    private Instant createdOn;

    /** The date this entity was last modified. */
    private Instant modifiedOn;

    /** The ID of the user that created this entity. */
    private String createdBy;

    /** The ID of the user that last modified this entity. */
    private String modifiedBy;

    public String getName() {
        return name;
    }

    public EntityHeader setName(String name) {
        this.name = name;
        return this;
    }

    public String getId() {
        return id;
    }

    public EntityHeader setId(String id) {
        this.id = id;
        return this;
    }

    public String getType() {
        return type;
    }

    public EntityHeader setType(String type) {
        this.type = type;
        return this;
    }

    public Long getVersionNumber() {
        return versionNumber;
    }

    public EntityHeader setVersionNumber(Long versionNumber) {
        this.versionNumber = versionNumber;
        return this;
    }

    public String getVersionLabel() {
        return versionLabel;
    }

    public EntityHeader setVersionLabel(String versionLabel) {
        this.versionLabel = versionLabel;
        return this;
    }

    public Boolean getIsLatestVersion() {
        return isLatestVersion;
    }

    public EntityHeader setIsLatestVersion(Boolean isLatestVersion) {
        this.isLatestVersion = isLatestVersion;
        return this;
    }

    public Long getBenefactorId() {
        return benefactorId;
    }

    public EntityHeader setBenefactorId(Long benefactorId) {
        this.benefactorId = benefactorId;
        return this;
    }

    public Instant getCreatedOn() {
        return createdOn;
    }

    public EntityHeader setCreatedOn(Instant createdOn) {
        this.createdOn = createdOn;
        return this;
    }

    public Instant getModifiedOn() {
        return modifiedOn;
    }

    public EntityHeader setModifiedOn(Instant modifiedOn) {
        this.modifiedOn = modifiedOn;
        return this;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public EntityHeader setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
        return this;
    }

    public String getModifiedBy() {
        return modifiedBy;
    }

    public EntityHeader setModifiedBy(String modifiedBy) {
        this.modifiedBy = modifiedBy;
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
        EntityHeader that = (EntityHeader) o;
        return Objects.equals(name, that.name)
                && Objects.equals(id, that.id)
                && Objects.equals(type, that.type)
                && Objects.equals(versionNumber, that.versionNumber)
                && Objects.equals(versionLabel, that.versionLabel)
                && Objects.equals(isLatestVersion, that.isLatestVersion)
                && Objects.equals(benefactorId, that.benefactorId)
                && Objects.equals(createdOn, that.createdOn)
                && Objects.equals(modifiedOn, that.modifiedOn)
                && Objects.equals(createdBy, that.createdBy)
                && Objects.equals(modifiedBy, that.modifiedBy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, id, type, versionNumber, versionLabel, isLatestVersion, benefactorId,
                createdOn, modifiedOn, createdBy, modifiedBy);
    }

    @Override
    public String toString() {
        return "EntityHeader{"
                + "name=" + name
                + ", id=" + id
                + ", type=" + type
                + ", versionNumber=" + versionNumber
                + ", versionLabel=" + versionLabel
                + ", isLatestVersion=" + isLatestVersion
                + ", benefactorId=" + benefactorId
                + ", createdOn=" + createdOn
                + ", modifiedOn=" + modifiedOn
                + ", createdBy=" + createdBy
                + ", modifiedBy=" + modifiedBy
                + '}';
    }
}
