package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.OptBoolean;

/** Base interface for API errors. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "concreteType",
        requireTypeIdForSubtypes = OptBoolean.FALSE)
public interface BaseError {
    /** The fully qualified Synapse class name of this implementation. */
    String getConcreteType();
}
