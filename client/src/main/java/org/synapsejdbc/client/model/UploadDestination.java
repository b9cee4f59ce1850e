package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.OptBoolean;

/**
 * The upload destination contains information to start an upload of a file generated according to the underlying
 * StorageLocationSetting .
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "concreteType",
        requireTypeIdForSubtypes = OptBoolean.FALSE)
public interface UploadDestination {
    /** The fully qualified Synapse class name of this implementation. */
    String getConcreteType();

    Long getStorageLocationId();

    UploadDestination setStorageLocationId(Long storageLocationId);

    UploadType getUploadType();

    UploadDestination setUploadType(UploadType uploadType);

    String getBanner();

    UploadDestination setBanner(String banner);
}
