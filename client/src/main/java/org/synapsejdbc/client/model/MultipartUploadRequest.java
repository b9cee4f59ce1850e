package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.util.Objects;

/** Request to start or continue a multi-part file upload. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder("concreteType")
@JsonTypeName(MultipartUploadRequest.CONCRETE_TYPE)
public class MultipartUploadRequest implements MultipartRequest {
    /** The {@code concreteType} that identifies this class on the wire. */
    public static final String CONCRETE_TYPE = "org.sagebionetworks.repo.model.file.MultipartUploadRequest";

    /** In order to upload a file, the client must split the process into 'parts' and upload each part separately. */
    private Long partSizeBytes;

    /** The name of the file to be uploaded. */
    private String fileName;

    /** The identifier of the storage location where this file should be stored. */
    private Long storageLocationId;

    /** Optional parameter. When set to 'false' a preview will not be generated for the resulting file. */
    private Boolean generatePreview;

    /** The MD5 of the entire file to be uploaded represented as a HEX string. */
    private String contentMD5Hex;

    /** The content type of the file. */
    private String contentType;

    /** The size of the entire file in bytes. */
    private Long fileSizeBytes;

    @Override
    @JsonProperty(value = "concreteType", access = JsonProperty.Access.READ_ONLY)
    public String getConcreteType() {
        return CONCRETE_TYPE;
    }

    @Override
    public Long getPartSizeBytes() {
        return partSizeBytes;
    }

    @Override
    public MultipartUploadRequest setPartSizeBytes(Long partSizeBytes) {
        this.partSizeBytes = partSizeBytes;
        return this;
    }

    @Override
    public String getFileName() {
        return fileName;
    }

    @Override
    public MultipartUploadRequest setFileName(String fileName) {
        this.fileName = fileName;
        return this;
    }

    @Override
    public Long getStorageLocationId() {
        return storageLocationId;
    }

    @Override
    public MultipartUploadRequest setStorageLocationId(Long storageLocationId) {
        this.storageLocationId = storageLocationId;
        return this;
    }

    @Override
    public Boolean getGeneratePreview() {
        return generatePreview;
    }

    @Override
    public MultipartUploadRequest setGeneratePreview(Boolean generatePreview) {
        this.generatePreview = generatePreview;
        return this;
    }

    public String getContentMD5Hex() {
        return contentMD5Hex;
    }

    public MultipartUploadRequest setContentMD5Hex(String contentMD5Hex) {
        this.contentMD5Hex = contentMD5Hex;
        return this;
    }

    public String getContentType() {
        return contentType;
    }

    public MultipartUploadRequest setContentType(String contentType) {
        this.contentType = contentType;
        return this;
    }

    public Long getFileSizeBytes() {
        return fileSizeBytes;
    }

    public MultipartUploadRequest setFileSizeBytes(Long fileSizeBytes) {
        this.fileSizeBytes = fileSizeBytes;
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
        MultipartUploadRequest that = (MultipartUploadRequest) o;
        return Objects.equals(partSizeBytes, that.partSizeBytes)
                && Objects.equals(fileName, that.fileName)
                && Objects.equals(storageLocationId, that.storageLocationId)
                && Objects.equals(generatePreview, that.generatePreview)
                && Objects.equals(contentMD5Hex, that.contentMD5Hex)
                && Objects.equals(contentType, that.contentType)
                && Objects.equals(fileSizeBytes, that.fileSizeBytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(partSizeBytes, fileName, storageLocationId, generatePreview, contentMD5Hex,
                contentType, fileSizeBytes);
    }

    @Override
    public String toString() {
        return "MultipartUploadRequest{"
                + "partSizeBytes=" + partSizeBytes
                + ", fileName=" + fileName
                + ", storageLocationId=" + storageLocationId
                + ", generatePreview=" + generatePreview
                + ", contentMD5Hex=" + contentMD5Hex
                + ", contentType=" + contentType
                + ", fileSizeBytes=" + fileSizeBytes
                + '}';
    }
}
