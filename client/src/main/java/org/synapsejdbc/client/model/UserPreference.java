package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.OptBoolean;

/** User preferences. */
// No implementation is modelled here, so any value is read as null instead of failing.
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "concreteType",
        requireTypeIdForSubtypes = OptBoolean.FALSE, defaultImpl = Void.class)
public interface UserPreference {
    String getName();

    UserPreference setName(String name);

    /** The fully qualified Synapse class name of this implementation. */
    String getConcreteType();
}
