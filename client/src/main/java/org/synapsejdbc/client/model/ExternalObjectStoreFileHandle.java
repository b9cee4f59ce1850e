package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.time.Instant;
import java.util.Objects;

/** Represents a file stored in an S3 Bucket to which Synapse cannot access. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder("concreteType")
@JsonTypeName(ExternalObjectStoreFileHandle.CONCRETE_TYPE)
public class ExternalObjectStoreFileHandle implements ExternalFileHandleInterface {
    /** The {@code concreteType} that identifies this class on the wire. */
    public static final String CONCRETE_TYPE = "org.sagebionetworks.repo.model.file.ExternalObjectStoreFileHandle";

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

    /** Endpoint URL of the S3 service. */
    private String endpointUrl;

    /**
     * The bucket to use. Do NOT set this value when creating a ExternalObjectStoreFileHandle since it will be it will
     * be overwritten with the value defined in the ExternalObjectStorageLocationSetting it references.
     */
    private String bucket;

    /** The unique S3 key for this object. */
    private String fileKey;

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
    public ExternalObjectStoreFileHandle setId(String id) {
        this.id = id;
        return this;
    }

    @Override
    public String getEtag() {
        return etag;
    }

    @Override
    public ExternalObjectStoreFileHandle setEtag(String etag) {
        this.etag = etag;
        return this;
    }

    @Override
    public String getCreatedBy() {
        return createdBy;
    }

    @Override
    public ExternalObjectStoreFileHandle setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
        return this;
    }

    @Override
    public Instant getCreatedOn() {
        return createdOn;
    }

    @Override
    public ExternalObjectStoreFileHandle setCreatedOn(Instant createdOn) {
        this.createdOn = createdOn;
        return this;
    }

    @Override
    public Instant getModifiedOn() {
        return modifiedOn;
    }

    @Override
    public ExternalObjectStoreFileHandle setModifiedOn(Instant modifiedOn) {
        this.modifiedOn = modifiedOn;
        return this;
    }

    @Override
    public String getContentType() {
        return contentType;
    }

    @Override
    public ExternalObjectStoreFileHandle setContentType(String contentType) {
        this.contentType = contentType;
        return this;
    }

    @Override
    public String getContentMd5() {
        return contentMd5;
    }

    @Override
    public ExternalObjectStoreFileHandle setContentMd5(String contentMd5) {
        this.contentMd5 = contentMd5;
        return this;
    }

    @Override
    public String getFileName() {
        return fileName;
    }

    @Override
    public ExternalObjectStoreFileHandle setFileName(String fileName) {
        this.fileName = fileName;
        return this;
    }

    @Override
    public Long getStorageLocationId() {
        return storageLocationId;
    }

    @Override
    public ExternalObjectStoreFileHandle setStorageLocationId(Long storageLocationId) {
        this.storageLocationId = storageLocationId;
        return this;
    }

    @Override
    public Long getContentSize() {
        return contentSize;
    }

    @Override
    public ExternalObjectStoreFileHandle setContentSize(Long contentSize) {
        this.contentSize = contentSize;
        return this;
    }

    @Override
    public FileHandleStatus getStatus() {
        return status;
    }

    @Override
    public ExternalObjectStoreFileHandle setStatus(FileHandleStatus status) {
        this.status = status;
        return this;
    }

    public String getEndpointUrl() {
        return endpointUrl;
    }

    public ExternalObjectStoreFileHandle setEndpointUrl(String endpointUrl) {
        this.endpointUrl = endpointUrl;
        return this;
    }

    public String getBucket() {
        return bucket;
    }

    public ExternalObjectStoreFileHandle setBucket(String bucket) {
        this.bucket = bucket;
        return this;
    }

    public String getFileKey() {
        return fileKey;
    }

    public ExternalObjectStoreFileHandle setFileKey(String fileKey) {
        this.fileKey = fileKey;
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
        ExternalObjectStoreFileHandle that = (ExternalObjectStoreFileHandle) o;
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
                && Objects.equals(endpointUrl, that.endpointUrl)
                && Objects.equals(bucket, that.bucket)
                && Objects.equals(fileKey, that.fileKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, etag, createdBy, createdOn, modifiedOn, contentType, contentMd5, fileName,
                storageLocationId, contentSize, status, endpointUrl, bucket, fileKey);
    }

    @Override
    public String toString() {
        return "ExternalObjectStoreFileHandle{"
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
                + ", endpointUrl=" + endpointUrl
                + ", bucket=" + bucket
                + ", fileKey=" + fileKey
                + '}';
    }
}
