package org.synapsejdbc.client.model;

/** Optional sort direction. */
public enum SortDirection {
    /** TODO: Auto-generated description. */
    ASC,

    /** TODO: Auto-generated description. */
    DESC;
}
