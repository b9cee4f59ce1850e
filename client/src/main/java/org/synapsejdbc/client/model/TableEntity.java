package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A TableEntity represents the metadata of a table. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder("concreteType")
@JsonTypeName(TableEntity.CONCRETE_TYPE)
public class TableEntity implements Table {
    /** The {@code concreteType} that identifies this class on the wire. */
    public static final String CONCRETE_TYPE = "org.sagebionetworks.repo.model.table.TableEntity";

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

    /** The list of ColumnModel IDs that define the schema of the object. */
    private List<String> columnIds;

    /** When creating or updating a table or view specifies if full text search should be enabled. */
    private Boolean isSearchEnabled;

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
    public TableEntity setName(String name) {
        this.name = name;
        return this;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public TableEntity setDescription(String description) {
        this.description = description;
        return this;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public TableEntity setId(String id) {
        this.id = id;
        return this;
    }

    @Override
    public String getEtag() {
        return etag;
    }

    @Override
    public TableEntity setEtag(String etag) {
        this.etag = etag;
        return this;
    }

    @Override
    public Instant getCreatedOn() {
        return createdOn;
    }

    @Override
    public TableEntity setCreatedOn(Instant createdOn) {
        this.createdOn = createdOn;
        return this;
    }

    @Override
    public Instant getModifiedOn() {
        return modifiedOn;
    }

    @Override
    public TableEntity setModifiedOn(Instant modifiedOn) {
        this.modifiedOn = modifiedOn;
        return this;
    }

    @Override
    public String getCreatedBy() {
        return createdBy;
    }

    @Override
    public TableEntity setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
        return this;
    }

    @Override
    public String getModifiedBy() {
        return modifiedBy;
    }

    @Override
    public TableEntity setModifiedBy(String modifiedBy) {
        this.modifiedBy = modifiedBy;
        return this;
    }

    @Override
    public String getParentId() {
        return parentId;
    }

    @Override
    public TableEntity setParentId(String parentId) {
        this.parentId = parentId;
        return this;
    }

    @Override
    public Long getVersionNumber() {
        return versionNumber;
    }

    @Override
    public TableEntity setVersionNumber(Long versionNumber) {
        this.versionNumber = versionNumber;
        return this;
    }

    @Override
    public String getVersionLabel() {
        return versionLabel;
    }

    @Override
    public TableEntity setVersionLabel(String versionLabel) {
        this.versionLabel = versionLabel;
        return this;
    }

    @Override
    public String getVersionComment() {
        return versionComment;
    }

    @Override
    public TableEntity setVersionComment(String versionComment) {
        this.versionComment = versionComment;
        return this;
    }

    @Override
    public Boolean getIsLatestVersion() {
        return isLatestVersion;
    }

    @Override
    public TableEntity setIsLatestVersion(Boolean isLatestVersion) {
        this.isLatestVersion = isLatestVersion;
        return this;
    }

    @Override
    public List<String> getColumnIds() {
        return columnIds;
    }

    @Override
    public TableEntity setColumnIds(List<String> columnIds) {
        this.columnIds = columnIds;
        return this;
    }

    @Override
    public Boolean getIsSearchEnabled() {
        return isSearchEnabled;
    }

    @Override
    public TableEntity setIsSearchEnabled(Boolean isSearchEnabled) {
        this.isSearchEnabled = isSearchEnabled;
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
        TableEntity that = (TableEntity) o;
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
                && Objects.equals(columnIds, that.columnIds)
                && Objects.equals(isSearchEnabled, that.isSearchEnabled);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, description, id, etag, createdOn, modifiedOn, createdBy, modifiedBy,
                parentId, versionNumber, versionLabel, versionComment, isLatestVersion, columnIds,
                isSearchEnabled);
    }

    @Override
    public String toString() {
        return "TableEntity{"
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
                + ", columnIds=" + columnIds
                + ", isSearchEnabled=" + isSearchEnabled
                + '}';
    }
}
