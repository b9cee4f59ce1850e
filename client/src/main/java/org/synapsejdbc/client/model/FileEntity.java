package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.time.Instant;
import java.util.Objects;

/** A Synapse entity that points to a stored file through its file handle. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder("concreteType")
@JsonTypeName(FileEntity.CONCRETE_TYPE)
public class FileEntity implements VersionableEntity {
    /** The {@code concreteType} that identifies this class on the wire. */
    public static final String CONCRETE_TYPE = "org.sagebionetworks.repo.model.FileEntity";

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

    /** The version number issued to this version on the object. */
    private Long versionNumber;

    /** The version label for this entity. */
    private String versionLabel;

    /** The version comment for this entity. */
    private String versionComment;

    /** If this is the latest version of the object. */
    private Boolean isLatestVersion;

    /** ID of the file associated with this entity. */
    private String dataFileHandleId;

    /** An optional replacement for the name of the uploaded file. */
    private String fileNameOverride;

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
    public FileEntity setName(String name) {
        this.name = name;
        return this;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public FileEntity setDescription(String description) {
        this.description = description;
        return this;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public FileEntity setId(String id) {
        this.id = id;
        return this;
    }

    @Override
    public String getEtag() {
        return etag;
    }

    @Override
    public FileEntity setEtag(String etag) {
        this.etag = etag;
        return this;
    }

    @Override
    public Instant getCreatedOn() {
        return createdOn;
    }

    @Override
    public FileEntity setCreatedOn(Instant createdOn) {
        this.createdOn = createdOn;
        return this;
    }

    @Override
    public Instant getModifiedOn() {
        return modifiedOn;
    }

    @Override
    public FileEntity setModifiedOn(Instant modifiedOn) {
        this.modifiedOn = modifiedOn;
        return this;
    }

    @Override
    public String getCreatedBy() {
        return createdBy;
    }

    @Override
    public FileEntity setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
        return this;
    }

    @Override
    public String getModifiedBy() {
        return modifiedBy;
    }

    @Override
    public FileEntity setModifiedBy(String modifiedBy) {
        this.modifiedBy = modifiedBy;
        return this;
    }

    @Override
    public String getParentId() {
        return parentId;
    }

    @Override
    public FileEntity setParentId(String parentId) {
        this.parentId = parentId;
        return this;
    }

    @Override
    public Long getVersionNumber() {
        return versionNumber;
    }

    @Override
    public FileEntity setVersionNumber(Long versionNumber) {
        this.versionNumber = versionNumber;
        return this;
    }

    @Override
    public String getVersionLabel() {
        return versionLabel;
    }

    @Override
    public FileEntity setVersionLabel(String versionLabel) {
        this.versionLabel = versionLabel;
        return this;
    }

    @Override
    public String getVersionComment() {
        return versionComment;
    }

    @Override
    public FileEntity setVersionComment(String versionComment) {
        this.versionComment = versionComment;
        return this;
    }

    @Override
    public Boolean getIsLatestVersion() {
        return isLatestVersion;
    }

    @Override
    public FileEntity setIsLatestVersion(Boolean isLatestVersion) {
        this.isLatestVersion = isLatestVersion;
        return this;
    }

    public String getDataFileHandleId() {
        return dataFileHandleId;
    }

    public FileEntity setDataFileHandleId(String dataFileHandleId) {
        this.dataFileHandleId = dataFileHandleId;
        return this;
    }

    public String getFileNameOverride() {
        return fileNameOverride;
    }

    public FileEntity setFileNameOverride(String fileNameOverride) {
        this.fileNameOverride = fileNameOverride;
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
        FileEntity that = (FileEntity) o;
        return Objects.equals(name, that.name)
                && Objects.equals(description, that.description)
                && Objects.equals(id, that.id)
                && Objects.equals(etag, that.etag)
                && Objects.equals(createdOn, that.createdOn)
                && Objects.equals(modifiedOn, that.modifiedOn)
                && Objects.equals(createdBy, that.createdBy)
                && Objects.equals(modifiedBy, that.modifiedBy)
                && Objects.equals(parentId, that.parentId)
                && Objects.equals(versionNumber, that.versionNumber)
                && Objects.equals(versionLabel, that.versionLabel)
                && Objects.equals(versionComment, that.versionComment)
                && Objects.equals(isLatestVersion, that.isLatestVersion)
                && Objects.equals(dataFileHandleId, that.dataFileHandleId)
                && Objects.equals(fileNameOverride, that.fileNameOverride);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, description, id, etag, createdOn, modifiedOn, createdBy, modifiedBy,
                parentId, versionNumber, versionLabel, versionComment, isLatestVersion, dataFileHandleId,
                fileNameOverride);
    }

    @Override
    public String toString() {
        return "FileEntity{"
                + "name=" + name
                + ", description=" + description
                + ", id=" + id
                + ", etag=" + etag
                + ", createdOn=" + createdOn
                + ", modifiedOn=" + modifiedOn
                + ", createdBy=" + createdBy
                + ", modifiedBy=" + modifiedBy
                + ", parentId=" + parentId
                + ", versionNumber=" + versionNumber
                + ", versionLabel=" + versionLabel
                + ", versionComment=" + versionComment
                + ", isLatestVersion=" + isLatestVersion
                + ", dataFileHandleId=" + dataFileHandleId
                + ", fileNameOverride=" + fileNameOverride
                + '}';
    }
}
