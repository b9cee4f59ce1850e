package org.synapsejdbc.client.model;

/** The direction of the result sort. */
public enum Direction {
    /** TODO: Auto-generated description. */
    ASC,

    /** TODO: Auto-generated description. */
    DESC;
}
