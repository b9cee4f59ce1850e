package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.OptBoolean;

/** Resulting information about a faceted column. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "concreteType",
        requireTypeIdForSubtypes = OptBoolean.FALSE)
public interface FacetColumnResult {
    /** The fully qualified Synapse class name of this implementation. */
    String getConcreteType();

    String getColumnName();

    FacetColumnResult setColumnName(String columnName);

    FacetType getFacetType();

    FacetColumnResult setFacetType(FacetType facetType);

    String getJsonPath();

    FacetColumnResult setJsonPath(String jsonPath);
}
