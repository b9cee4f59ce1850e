package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.OptBoolean;

/** One input of a provenance activity: an entity or a URL. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "concreteType",
        requireTypeIdForSubtypes = OptBoolean.FALSE)
public interface Used {
    Boolean getWasExecuted();

    Used setWasExecuted(Boolean wasExecuted);

    /** The fully qualified Synapse class name of this implementation. */
    String getConcreteType();
}
