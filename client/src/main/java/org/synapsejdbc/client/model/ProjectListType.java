package org.synapsejdbc.client.model;

/** Enum for the different types of project lists. */
public enum ProjectListType {
    /** Projects visible to the user. */
    ALL,

    /** Projects created by and visible to the user. */
    CREATED,

    /** Projects visible to, but not created by, the user. */
    PARTICIPATED,

    /** Projects visible to a given team the user is a member of, or to any team if no team is specified. */
    TEAM;
}
