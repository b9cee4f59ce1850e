package org.synapsejdbc.client.model;

/** The column by which a project listing is sorted. */
public enum ProjectListSortColumn {
    /** TODO: Auto-generated description. */
    LAST_ACTIVITY,

    /** TODO: Auto-generated description. */
    PROJECT_NAME;
}
