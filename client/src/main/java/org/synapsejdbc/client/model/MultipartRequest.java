package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.OptBoolean;

/** Interface to describe a multi-part request. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "concreteType",
        requireTypeIdForSubtypes = OptBoolean.FALSE, defaultImpl = MultipartUploadRequest.class)
public interface MultipartRequest {
    /** The fully qualified Synapse class name of this implementation. */
    String getConcreteType();

    Long getPartSizeBytes();

    MultipartRequest setPartSizeBytes(Long partSizeBytes);

    String getFileName();

    MultipartRequest setFileName(String fileName);

    Long getStorageLocationId();

    MultipartRequest setStorageLocationId(Long storageLocationId);

    Boolean getGeneratePreview();

    MultipartRequest setGeneratePreview(Boolean generatePreview);
}
