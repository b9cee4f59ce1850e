package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.util.Objects;

/** A multi-part upload that performs a copy of an existing file handle without data transfer from the client. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder("concreteType")
@JsonTypeName(MultipartUploadCopyRequest.CONCRETE_TYPE)
public class MultipartUploadCopyRequest implements MultipartRequest {
    /** The {@code concreteType} that identifies this class on the wire. */
    public static final String CONCRETE_TYPE = "org.sagebionetworks.repo.model.file.MultipartUploadCopyRequest";

    /** In order to copy a file, the client must split the process into 'parts' and copy each part separately. */
    private Long partSizeBytes;

    /** The name of the file to be uploaded. */
    private String fileName;

    /** The identifier of the storage location where this file should be copied to. */
    private Long storageLocationId;

    /** Optional parameter. When set to 'false' a preview will not be generated for the resulting file. */
    private Boolean generatePreview;

    /** The description of the source file handle association to copy from. */
    private FileHandleAssociation sourceFileHandleAssociation;

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
    public MultipartUploadCopyRequest setPartSizeBytes(Long partSizeBytes) {
        this.partSizeBytes = partSizeBytes;
        return this;
    }

    @Override
    public String getFileName() {
        return fileName;
    }

    @Override
    public MultipartUploadCopyRequest setFileName(String fileName) {
        this.fileName = fileName;
        return this;
    }

    @Override
    public Long getStorageLocationId() {
        return storageLocationId;
    }

    @Override
    public MultipartUploadCopyRequest setStorageLocationId(Long storageLocationId) {
        this.storageLocationId = storageLocationId;
        return this;
    }

    @Override
    public Boolean getGeneratePreview() {
        return generatePreview;
    }

    @Override
    public MultipartUploadCopyRequest setGeneratePreview(Boolean generatePreview) {
        this.generatePreview = generatePreview;
        return this;
    }

    public FileHandleAssociation getSourceFileHandleAssociation() {
        return sourceFileHandleAssociation;
    }

    public MultipartUploadCopyRequest setSourceFileHandleAssociation(FileHandleAssociation sourceFileHandleAssociation) {
        this.sourceFileHandleAssociation = sourceFileHandleAssociation;
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
        MultipartUploadCopyRequest that = (MultipartUploadCopyRequest) o;
        return Objects.equals(partSizeBytes, that.partSizeBytes)
                && Objects.equals(fileName, that.fileName)
                && Objects.equals(storageLocationId, that.storageLocationId)
                && Objects.equals(generatePreview, that.generatePreview)
                && Objects.equals(sourceFileHandleAssociation, that.sourceFileHandleAssociation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(partSizeBytes, fileName, storageLocationId, generatePreview,
                sourceFileHandleAssociation);
    }

    @Override
    public String toString() {
        return "MultipartUploadCopyRequest{"
                + "partSizeBytes=" + partSizeBytes
                + ", fileName=" + fileName
                + ", storageLocationId=" + storageLocationId
                + ", generatePreview=" + generatePreview
                + ", sourceFileHandleAssociation=" + sourceFileHandleAssociation
                + '}';
    }
}
