package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.time.Instant;
import java.util.Objects;

/** An ExternalFileHandle represents a file that is not stored in Synapse. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder("concreteType")
@JsonTypeName(ExternalFileHandle.CONCRETE_TYPE)
public class ExternalFileHandle implements ExternalFileHandleInterface {
    /** The {@code concreteType} that identifies this class on the wire. */
    public static final String CONCRETE_TYPE = "org.sagebionetworks.repo.model.file.ExternalFileHandle";

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

    /** The external URL of this file. */
    private String externalURL;

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
    public ExternalFileHandle setId(String id) {
        this.id = id;
        return this;
    }

    @Override
    public String getEtag() {
        return etag;
    }

    @Override
    public ExternalFileHandle setEtag(String etag) {
        this.etag = etag;
        return this;
    }

    @Override
    public String getCreatedBy() {
        return createdBy;
    }

    @Override
    public ExternalFileHandle setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
        return this;
    }

    @Override
    public Instant getCreatedOn() {
        return createdOn;
    }

    @Override
    public ExternalFileHandle setCreatedOn(Instant createdOn) {
        this.createdOn = createdOn;
        return this;
    }

    @Override
    public Instant getModifiedOn() {
        return modifiedOn;
    }

    @Override
    public ExternalFileHandle setModifiedOn(Instant modifiedOn) {
        this.modifiedOn = modifiedOn;
        return this;
    }

    @Override
    public String getContentType() {
        return contentType;
    }

    @Override
    public ExternalFileHandle setContentType(String contentType) {
        this.contentType = contentType;
        return this;
    }

    @Override
    public String getContentMd5() {
        return contentMd5;
    }

    @Override
    public ExternalFileHandle setContentMd5(String contentMd5) {
        this.contentMd5 = contentMd5;
        return this;
    }

    @Override
    public String getFileName() {
        return fileName;
    }

    @Override
    public ExternalFileHandle setFileName(String fileName) {
        this.fileName = fileName;
        return this;
    }

    @Override
    public Long getStorageLocationId() {
        return storageLocationId;
    }

    @Override
    public ExternalFileHandle setStorageLocationId(Long storageLocationId) {
        this.storageLocationId = storageLocationId;
        return this;
    }

    @Override
    public Long getContentSize() {
        return contentSize;
    }

    @Override
    public ExternalFileHandle setContentSize(Long contentSize) {
        this.contentSize = contentSize;
        return this;
    }

    @Override
    public FileHandleStatus getStatus() {
        return status;
    }

    @Override
    public ExternalFileHandle setStatus(FileHandleStatus status) {
        this.status = status;
        return this;
    }

    public String getExternalURL() {
        return externalURL;
    }

    public ExternalFileHandle setExternalURL(String externalURL) {
        this.externalURL = externalURL;
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
        ExternalFileHandle that = (ExternalFileHandle) o;
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
                && Objects.equals(externalURL, that.externalURL);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, etag, createdBy, createdOn, modifiedOn, contentType, contentMd5, fileName,
                storageLocationId, contentSize, status, externalURL);
    }

    @Override
    public String toString() {
        return "ExternalFileHandle{"
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
                + ", externalURL=" + externalURL
                + '}';
    }
}
