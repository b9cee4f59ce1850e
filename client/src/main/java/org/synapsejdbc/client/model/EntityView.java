package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A view of Entities within a defined scope. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder("concreteType")
@JsonTypeName(EntityView.CONCRETE_TYPE)
public class EntityView implements View, HasViewTypeMask {
    /** The {@code concreteType} that identifies this class on the wire. */
    public static final String CONCRETE_TYPE = "org.sagebionetworks.repo.model.table.EntityView";

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

    /** Bit mask representing the types to include in the view. */
    private Long viewTypeMask;

    /** Deprecated. Use: 'viewTypeMask'. */
    private ViewType type;

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
    public EntityView setName(String name) {
        this.name = name;
        return this;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public EntityView setDescription(String description) {
        this.description = description;
        return this;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public EntityView setId(String id) {
        this.id = id;
        return this;
    }

    @Override
    public String getEtag() {
        return etag;
    }

    @Override
    public EntityView setEtag(String etag) {
        this.etag = etag;
        return this;
    }

    @Override
    public Instant getCreatedOn() {
        return createdOn;
    }

    @Override
    public EntityView setCreatedOn(Instant createdOn) {
        this.createdOn = createdOn;
        return this;
    }

    @Override
    public Instant getModifiedOn() {
        return modifiedOn;
    }

    @Override
    public EntityView setModifiedOn(Instant modifiedOn) {
        this.modifiedOn = modifiedOn;
        return this;
    }

    @Override
    public String getCreatedBy() {
        return createdBy;
    }

    @Override
    public EntityView setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
        return this;
    }

    @Override
    public String getModifiedBy() {
        return modifiedBy;
    }

    @Override
    public EntityView setModifiedBy(String modifiedBy) {
        this.modifiedBy = modifiedBy;
        return this;
    }

    @Override
    public String getParentId() {
        return parentId;
    }

    @Override
    public EntityView setParentId(String parentId) {
        this.parentId = parentId;
        return this;
    }

    @Override
    public Long getVersionNumber() {
        return versionNumber;
    }

    @Override
    public EntityView setVersionNumber(Long versionNumber) {
        this.versionNumber = versionNumber;
        return this;
    }

    @Override
    public String getVersionLabel() {
        return versionLabel;
    }

    @Override
    public EntityView setVersionLabel(String versionLabel) {
        this.versionLabel = versionLabel;
        return this;
    }

    @Override
    public String getVersionComment() {
        return versionComment;
    }

    @Override
    public EntityView setVersionComment(String versionComment) {
        this.versionComment = versionComment;
        return this;
    }

    @Override
    public Boolean getIsLatestVersion() {
        return isLatestVersion;
    }

    @Override
    public EntityView setIsLatestVersion(Boolean isLatestVersion) {
        this.isLatestVersion = isLatestVersion;
        return this;
    }

    @Override
    public List<String> getColumnIds() {
        return columnIds;
    }

    @Override
    public EntityView setColumnIds(List<String> columnIds) {
        this.columnIds = columnIds;
        return this;
    }

    @Override
    public Boolean getIsSearchEnabled() {
        return isSearchEnabled;
    }

    @Override
    public EntityView setIsSearchEnabled(Boolean isSearchEnabled) {
        this.isSearchEnabled = isSearchEnabled;
        return this;
    }

    @Override
    public Long getViewTypeMask() {
        return viewTypeMask;
    }

    @Override
    public EntityView setViewTypeMask(Long viewTypeMask) {
        this.viewTypeMask = viewTypeMask;
        return this;
    }

    public ViewType getType() {
        return type;
    }

    public EntityView setType(ViewType type) {
        this.type = type;
        return this;
    }

    public List<String> getScopeIds() {
        return scopeIds;
    }

    public EntityView setScopeIds(List<String> scopeIds) {
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
        EntityView that = (EntityView) o;
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
                && Objects.equals(viewTypeMask, that.viewTypeMask)
                && Objects.equals(type, that.type)
                && Objects.equals(scopeIds, that.scopeIds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, description, id, etag, createdOn, modifiedOn, createdBy, modifiedBy,
                parentId, versionNumber, versionLabel, versionComment, isLatestVersion, columnIds,
                isSearchEnabled, viewTypeMask, type, scopeIds);
    }

    @Override
    public String toString() {
        return "EntityView{"
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
                + ", viewTypeMask=" + viewTypeMask
                + ", type=" + type
                + ", scopeIds=" + scopeIds
                + '}';
    }
}
