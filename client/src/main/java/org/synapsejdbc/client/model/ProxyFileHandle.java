package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.time.Instant;
import java.util.Objects;

/** Reference to a file that accessible via a proxy server. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder("concreteType")
@JsonTypeName(ProxyFileHandle.CONCRETE_TYPE)
public class ProxyFileHandle implements ExternalFileHandleInterface {
    /** The {@code concreteType} that identifies this class on the wire. */
    public static final String CONCRETE_TYPE = "org.sagebionetworks.repo.model.file.ProxyFileHandle";

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

    /** The relative path of this file within the proxy. */
    private String filePath;

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
    public ProxyFileHandle setId(String id) {
        this.id = id;
        return this;
    }

    @Override
    public String getEtag() {
        return etag;
    }

    @Override
    public ProxyFileHandle setEtag(String etag) {
        this.etag = etag;
        return this;
    }

    @Override
    public String getCreatedBy() {
        return createdBy;
    }

    @Override
    public ProxyFileHandle setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
        return this;
    }

    @Override
    public Instant getCreatedOn() {
        return createdOn;
    }

    @Override
    public ProxyFileHandle setCreatedOn(Instant createdOn) {
        this.createdOn = createdOn;
        return this;
    }

    @Override
    public Instant getModifiedOn() {
        return modifiedOn;
    }

    @Override
    public ProxyFileHandle setModifiedOn(Instant modifiedOn) {
        this.modifiedOn = modifiedOn;
        return this;
    }

    @Override
    public String getContentType() {
        return contentType;
    }

    @Override
    public ProxyFileHandle setContentType(String contentType) {
        this.contentType = contentType;
        return this;
    }

    @Override
    public String getContentMd5() {
        return contentMd5;
    }

    @Override
    public ProxyFileHandle setContentMd5(String contentMd5) {
        this.contentMd5 = contentMd5;
        return this;
    }

    @Override
    public String getFileName() {
        return fileName;
    }

    @Override
    public ProxyFileHandle setFileName(String fileName) {
        this.fileName = fileName;
        return this;
    }

    @Override
    public Long getStorageLocationId() {
        return storageLocationId;
    }

    @Override
    public ProxyFileHandle setStorageLocationId(Long storageLocationId) {
        this.storageLocationId = storageLocationId;
        return this;
    }

    @Override
    public Long getContentSize() {
        return contentSize;
    }

    @Override
    public ProxyFileHandle setContentSize(Long contentSize) {
        this.contentSize = contentSize;
        return this;
    }

    @Override
    public FileHandleStatus getStatus() {
        return status;
    }

    @Override
    public ProxyFileHandle setStatus(FileHandleStatus status) {
        this.status = status;
        return this;
    }

    public String getFilePath() {
        return filePath;
    }

    public ProxyFileHandle setFilePath(String filePath) {
        this.filePath = filePath;
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
        ProxyFileHandle that = (ProxyFileHandle) o;
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
                && Objects.equals(filePath, that.filePath);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, etag, createdBy, createdOn, modifiedOn, contentType, contentMd5, fileName,
                storageLocationId, contentSize, status, filePath);
    }

    @Override
    public String toString() {
        return "ProxyFileHandle{"
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
                + ", filePath=" + filePath
                + '}';
    }
}
