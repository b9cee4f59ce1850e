package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.time.Instant;
import java.util.Objects;

/** An S3FileHandle represents a file stored in AWS S3. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder("concreteType")
@JsonTypeName(S3FileHandle.CONCRETE_TYPE)
public class S3FileHandle implements CloudProviderFileHandleInterface {
    /** The {@code concreteType} that identifies this class on the wire. */
    public static final String CONCRETE_TYPE = "org.sagebionetworks.repo.model.file.S3FileHandle";

    /** The ID of this FileHandle. */
    private String id;

    /** FileHandles are immutable from the perspective of the API. */
    private String etag;

    /** The ID Of the user that created this file. */
    private String createdBy;

    /** The date when this file was uploaded. */
    private Instant createdOn;

    /** The date when the file was modified. */
    private Instant modifiedOn;

    /** Must be: http://en.wikipedia.org/wiki/Internet_media_type. */
    private String contentType;

    /** The file's content MD5. */
    private String contentMd5;

    /** The short, user visible name for this file. */
    private String fileName;

    /** The optional storage location descriptor. */
    private Long storageLocationId;

    /** The size of the file in bytes. */
    private Long contentSize;

    private FileHandleStatus status;

    /** The name of the bucket where this file resides. */
    private String bucketName;

    /** The path or resource name for this object. */
    private String key;

    /** If this file has a preview, then this will be the file ID of the preview. */
    private String previewId;

    /** Whether or not this is a preview of another file. */
    private Boolean isPreview;

    @Override
    @JsonProperty(value = "concreteType", access = JsonProperty.Access.READ_ONLY)
    public String getConcreteType() {
        return CONCRETE_TYPE;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public S3FileHandle setId(String id) {
        this.id = id;
        return this;
    }

    @Override
    public String getEtag() {
        return etag;
    }

    @Override
    public S3FileHandle setEtag(String etag) {
        this.etag = etag;
        return this;
    }

    @Override
    public String getCreatedBy() {
        return createdBy;
    }

    @Override
    public S3FileHandle setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
        return this;
    }

    @Override
    public Instant getCreatedOn() {
        return createdOn;
    }

    @Override
    public S3FileHandle setCreatedOn(Instant createdOn) {
        this.createdOn = createdOn;
        return this;
    }

    @Override
    public Instant getModifiedOn() {
        return modifiedOn;
    }

    @Override
    public S3FileHandle setModifiedOn(Instant modifiedOn) {
        this.modifiedOn = modifiedOn;
        return this;
    }

    @Override
    public String getContentType() {
        return contentType;
    }

    @Override
    public S3FileHandle setContentType(String contentType) {
        this.contentType = contentType;
        return this;
    }

    @Override
    public String getContentMd5() {
        return contentMd5;
    }

    @Override
    public S3FileHandle setContentMd5(String contentMd5) {
        this.contentMd5 = contentMd5;
        return this;
    }

    @Override
    public String getFileName() {
        return fileName;
    }

    @Override
    public S3FileHandle setFileName(String fileName) {
        this.fileName = fileName;
        return this;
    }

    @Override
    public Long getStorageLocationId() {
        return storageLocationId;
    }

    @Override
    public S3FileHandle setStorageLocationId(Long storageLocationId) {
        this.storageLocationId = storageLocationId;
        return this;
    }

    @Override
    public Long getContentSize() {
        return contentSize;
    }

    @Override
    public S3FileHandle setContentSize(Long contentSize) {
        this.contentSize = contentSize;
        return this;
    }

    @Override
    public FileHandleStatus getStatus() {
        return status;
    }

    @Override
    public S3FileHandle setStatus(FileHandleStatus status) {
        this.status = status;
        return this;
    }

    @Override
    public String getBucketName() {
        return bucketName;
    }

    @Override
    public S3FileHandle setBucketName(String bucketName) {
        this.bucketName = bucketName;
        return this;
    }

    @Override
    public String getKey() {
        return key;
    }

    @Override
    public S3FileHandle setKey(String key) {
        this.key = key;
        return this;
    }

    @Override
    public String getPreviewId() {
        return previewId;
    }

    @Override
    public S3FileHandle setPreviewId(String previewId) {
        this.previewId = previewId;
        return this;
    }

    @Override
    public Boolean getIsPreview() {
        return isPreview;
    }

    @Override
    public S3FileHandle setIsPreview(Boolean isPreview) {
        this.isPreview = isPreview;
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
        S3FileHandle that = (S3FileHandle) o;
        return Objects.equals(id, that.id)
                && Objects.equals(etag, that.etag)
                && Objects.equals(createdBy, that.createdBy)
                && Objects.equals(createdOn, that.createdOn)
                && Objects.equals(modifiedOn, that.modifiedOn)
                && Objects.equals(contentType, that.contentType)
                && Objects.equals(contentMd5, that.contentMd5)
                && Objects.equals(fileName, that.fileName)
                && Objects.equals(storageLocationId, that.storageLocationId)
                && Objects.equals(contentSize, that.contentSize)
                && Objects.equals(status, that.status)
                && Objects.equals(bucketName, that.bucketName)
                && Objects.equals(key, that.key)
                && Objects.equals(previewId, that.previewId)
                && Objects.equals(isPreview, that.isPreview);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, etag, createdBy, createdOn, modifiedOn, contentType, contentMd5, fileName,
                storageLocationId, contentSize, status, bucketName, key, previewId, isPreview);
    }

    @Override
    public String toString() {
        return "S3FileHandle{"
                + "id=" + id
                + ", etag=" + etag
                + ", createdBy=" + createdBy
                + ", createdOn=" + createdOn
                + ", modifiedOn=" + modifiedOn
                + ", contentType=" + contentType
                + ", contentMd5=" + contentMd5
                + ", fileName=" + fileName
                + ", storageLocationId=" + storageLocationId
                + ", contentSize=" + contentSize
                + ", status=" + status
                + ", bucketName=" + bucketName
                + ", key=" + key
                + ", previewId=" + previewId
                + ", isPreview=" + isPreview
                + '}';
    }
}
