package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A dataset is a type of view defined by a flat list of entities. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder("concreteType")
@JsonTypeName(Dataset.CONCRETE_TYPE)
public class Dataset implements EntityRefCollectionView {
    /** The {@code concreteType} that identifies this class on the wire. */
    public static final String CONCRETE_TYPE = "org.sagebionetworks.repo.model.table.Dataset";

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

    /** The flat list of file entity references that define this dataset. */
    private List<EntityRef> items;

    /** The cumulative size, in bytes, of all items(files) in the dataset. */
    private Long size;

    /** The checksum is computed over a sorted concatenation of the checksums of all items in the dataset. */
    private String checksum;

    /** The number of items/files in the dataset. */
    private Long count;

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
    public Dataset setName(String name) {
        this.name = name;
        return this;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Dataset setDescription(String description) {
        this.description = description;
        return this;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public Dataset setId(String id) {
        this.id = id;
        return this;
    }

    @Override
    public String getEtag() {
        return etag;
    }

    @Override
    public Dataset setEtag(String etag) {
        this.etag = etag;
        return this;
    }

    @Override
    public Instant getCreatedOn() {
        return createdOn;
    }

    @Override
    public Dataset setCreatedOn(Instant createdOn) {
        this.createdOn = createdOn;
        return this;
    }

    @Override
    public Instant getModifiedOn() {
        return modifiedOn;
    }

    @Override
    public Dataset setModifiedOn(Instant modifiedOn) {
        this.modifiedOn = modifiedOn;
        return this;
    }

    @Override
    public String getCreatedBy() {
        return createdBy;
    }

    @Override
    public Dataset setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
        return this;
    }

    @Override
    public String getModifiedBy() {
        return modifiedBy;
    }

    @Override
    public Dataset setModifiedBy(String modifiedBy) {
        this.modifiedBy = modifiedBy;
        return this;
    }

    @Override
    public String getParentId() {
        return parentId;
    }

    @Override
    public Dataset setParentId(String parentId) {
        this.parentId = parentId;
        return this;
    }

    @Override
    public Long getVersionNumber() {
        return versionNumber;
    }

    @Override
    public Dataset setVersionNumber(Long versionNumber) {
        this.versionNumber = versionNumber;
        return this;
    }

    @Override
    public String getVersionLabel() {
        return versionLabel;
    }

    @Override
    public Dataset setVersionLabel(String versionLabel) {
        this.versionLabel = versionLabel;
        return this;
    }

    @Override
    public String getVersionComment() {
        return versionComment;
    }

    @Override
    public Dataset setVersionComment(String versionComment) {
        this.versionComment = versionComment;
        return this;
    }

    @Override
    public Boolean getIsLatestVersion() {
        return isLatestVersion;
    }

    @Override
    public Dataset setIsLatestVersion(Boolean isLatestVersion) {
        this.isLatestVersion = isLatestVersion;
        return this;
    }

    @Override
    public List<String> getColumnIds() {
        return columnIds;
    }

    @Override
    public Dataset setColumnIds(List<String> columnIds) {
        this.columnIds = columnIds;
        return this;
    }

    @Override
    public Boolean getIsSearchEnabled() {
        return isSearchEnabled;
    }

    @Override
    public Dataset setIsSearchEnabled(Boolean isSearchEnabled) {
        this.isSearchEnabled = isSearchEnabled;
        return this;
    }

    @Override
    public List<EntityRef> getItems() {
        return items;
    }

    @Override
    public Dataset setItems(List<EntityRef> items) {
        this.items = items;
        return this;
    }

    public Long getSize() {
        return size;
    }

    public Dataset setSize(Long size) {
        this.size = size;
        return this;
    }

    public String getChecksum() {
        return checksum;
    }

    public Dataset setChecksum(String checksum) {
        this.checksum = checksum;
        return this;
    }

    public Long getCount() {
        return count;
    }

    public Dataset setCount(Long count) {
        this.count = count;
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
        Dataset that = (Dataset) o;
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
                && Objects.equals(items, that.items)
                && Objects.equals(size, that.size)
                && Objects.equals(checksum, that.checksum)
                && Objects.equals(count, that.count);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, description, id, etag, createdOn, modifiedOn, createdBy, modifiedBy,
                parentId, versionNumber, versionLabel, versionComment, isLatestVersion, columnIds,
                isSearchEnabled, items, size, checksum, count);
    }

    @Override
    public String toString() {
        return "Dataset{"
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
                + ", items=" + items
                + ", size=" + size
                + ", checksum=" + checksum
                + ", count=" + count
                + '}';
    }
}
