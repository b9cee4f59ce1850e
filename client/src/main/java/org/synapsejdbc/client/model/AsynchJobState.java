package org.synapsejdbc.client.model;

/** The job's state can be one of the following enumerations. */
public enum AsynchJobState {
    /** TODO: Auto-generated description. */
    PROCESSING,

    /** TODO: Auto-generated description. */
    FAILED,

    /** TODO: Auto-generated description. */
    COMPLETE;
}
