package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.OptBoolean;

/** A filter appended to the WHERE clause of a table query. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "concreteType",
        requireTypeIdForSubtypes = OptBoolean.FALSE)
public interface QueryFilter {
    /** The fully qualified Synapse class name of this implementation. */
    String getConcreteType();

    Boolean getIsDefiningCondition();

    QueryFilter setIsDefiningCondition(Boolean isDefiningCondition);
}
