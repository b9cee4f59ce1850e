package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.OptBoolean;

import java.time.Instant;

/** The FileHandle interface defines all of the fields that are common to all implementations. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "concreteType",
        requireTypeIdForSubtypes = OptBoolean.FALSE)
public interface FileHandle {
    String getId();

    FileHandle setId(String id);

    String getEtag();

    FileHandle setEtag(String etag);

    String getCreatedBy();

    FileHandle setCreatedBy(String createdBy);

    Instant getCreatedOn();

    FileHandle setCreatedOn(Instant createdOn);

    Instant getModifiedOn();

    FileHandle setModifiedOn(Instant modifiedOn);

    /** The fully qualified Synapse class name of this implementation. */
    String getConcreteType();

    String getContentType();

    FileHandle setContentType(String contentType);

    String getContentMd5();

    FileHandle setContentMd5(String contentMd5);

    String getFileName();

    FileHandle setFileName(String fileName);

    Long getStorageLocationId();

    FileHandle setStorageLocationId(Long storageLocationId);

    Long getContentSize();

    FileHandle setContentSize(Long contentSize);

    FileHandleStatus getStatus();

    FileHandle setStatus(FileHandleStatus status);
}
