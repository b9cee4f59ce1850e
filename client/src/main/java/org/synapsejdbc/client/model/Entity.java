package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.OptBoolean;

import java.time.Instant;

/** This is the base interface that all Entities implement. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "concreteType",
        requireTypeIdForSubtypes = OptBoolean.FALSE)
public interface Entity {
    String getName();

    Entity setName(String name);

    String getDescription();

    Entity setDescription(String description);

    String getId();

    Entity setId(String id);

    String getEtag();

    Entity setEtag(String etag);

    Instant getCreatedOn();

    Entity setCreatedOn(Instant createdOn);

    Instant getModifiedOn();

    Entity setModifiedOn(Instant modifiedOn);

    String getCreatedBy();

    Entity setCreatedBy(String createdBy);

    String getModifiedBy();

    Entity setModifiedBy(String modifiedBy);

    String getParentId();

    Entity setParentId(String parentId);

    /** The fully qualified Synapse class name of this implementation. */
    String getConcreteType();
}
