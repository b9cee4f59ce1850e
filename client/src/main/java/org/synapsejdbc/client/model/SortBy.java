package org.synapsejdbc.client.model;

/** How results should be sorted. */
public enum SortBy {
    /** Sort by the name of the entity. */
    NAME,

    /** Sort by the creation date of the entity. */
    CREATED_ON,

    /** Sort by the last modified date of the entity. */
    MODIFIED_ON;
}
