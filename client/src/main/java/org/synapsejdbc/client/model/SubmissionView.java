package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A view of evaluation submissions whose scope is defined by the evaluation ids the submissions are part of. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder("concreteType")
@JsonTypeName(SubmissionView.CONCRETE_TYPE)
public class SubmissionView implements View {
    /** The {@code concreteType} that identifies this class on the wire. */
    public static final String CONCRETE_TYPE = "org.sagebionetworks.repo.model.table.SubmissionView";

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

    /** The list of container ids that define the scope of this view. */
    private List<String> scopeIds;

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
    public SubmissionView setName(String name) {
        this.name = name;
        return this;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public SubmissionView setDescription(String description) {
        this.description = description;
        return this;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public SubmissionView setId(String id) {
        this.id = id;
        return this;
    }

    @Override
    public String getEtag() {
        return etag;
    }

    @Override
    public SubmissionView setEtag(String etag) {
        this.etag = etag;
        return this;
    }

    @Override
    public Instant getCreatedOn() {
        return createdOn;
    }

    @Override
    public SubmissionView setCreatedOn(Instant createdOn) {
        this.createdOn = createdOn;
        return this;
    }

    @Override
    public Instant getModifiedOn() {
        return modifiedOn;
    }

    @Override
    public SubmissionView setModifiedOn(Instant modifiedOn) {
        this.modifiedOn = modifiedOn;
        return this;
    }

    @Override
    public String getCreatedBy() {
        return createdBy;
    }

    @Override
    public SubmissionView setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
        return this;
    }

    @Override
    public String getModifiedBy() {
        return modifiedBy;
    }

    @Override
    public SubmissionView setModifiedBy(String modifiedBy) {
        this.modifiedBy = modifiedBy;
        return this;
    }

    @Override
    public String getParentId() {
        return parentId;
    }

    @Override
    public SubmissionView setParentId(String parentId) {
        this.parentId = parentId;
        return this;
    }

    @Override
    public Long getVersionNumber() {
        return versionNumber;
    }

    @Override
    public SubmissionView setVersionNumber(Long versionNumber) {
        this.versionNumber = versionNumber;
        return this;
    }

    @Override
    public String getVersionLabel() {
        return versionLabel;
    }

    @Override
    public SubmissionView setVersionLabel(String versionLabel) {
        this.versionLabel = versionLabel;
        return this;
    }

    @Override
    public String getVersionComment() {
        return versionComment;
    }

    @Override
    public SubmissionView setVersionComment(String versionComment) {
        this.versionComment = versionComment;
        return this;
    }

    @Override
    public Boolean getIsLatestVersion() {
        return isLatestVersion;
    }

    @Override
    public SubmissionView setIsLatestVersion(Boolean isLatestVersion) {
        this.isLatestVersion = isLatestVersion;
        return this;
    }

    @Override
    public List<String> getColumnIds() {
        return columnIds;
    }

    @Override
    public SubmissionView setColumnIds(List<String> columnIds) {
        this.columnIds = columnIds;
        return this;
    }

    @Override
    public Boolean getIsSearchEnabled() {
        return isSearchEnabled;
    }

    @Override
    public SubmissionView setIsSearchEnabled(Boolean isSearchEnabled) {
        this.isSearchEnabled = isSearchEnabled;
        return this;
    }

    public List<String> getScopeIds() {
        return scopeIds;
    }

    public SubmissionView setScopeIds(List<String> scopeIds) {
        this.scopeIds = scopeIds;
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
        SubmissionView that = (SubmissionView) o;
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
                && Objects.equals(isSearchEnabled, that.isSearchEnabled)
                && Objects.equals(scopeIds, that.scopeIds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, description, id, etag, createdOn, modifiedOn, createdBy, modifiedBy,
                parentId, versionNumber, versionLabel, versionComment, isLatestVersion, columnIds,
                isSearchEnabled, scopeIds);
    }

    @Override
    public String toString() {
        return "SubmissionView{"
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
                + ", scopeIds=" + scopeIds
                + '}';
    }
}
