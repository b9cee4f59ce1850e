package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.OptBoolean;

/** A set of values that have been selected for filtering in a faceted column. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "concreteType",
        requireTypeIdForSubtypes = OptBoolean.FALSE)
public interface FacetColumnRequest {
    /** The fully qualified Synapse class name of this implementation. */
    String getConcreteType();

    String getColumnName();

    FacetColumnRequest setColumnName(String columnName);

    String getJsonPath();

    FacetColumnRequest setJsonPath(String jsonPath);
}
