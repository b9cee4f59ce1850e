package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.OptBoolean;

/** Abstraction for a set of rows that can be appended to a table. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "concreteType",
        requireTypeIdForSubtypes = OptBoolean.FALSE)
public interface AppendableRowSet {
    /** The fully qualified Synapse class name of this implementation. */
    String getConcreteType();

    String getTableId();

    AppendableRowSet setTableId(String tableId);
}
