package org.synapsejdbc.client.model;

/** The Table's state can be one of the following enumerations. */
public enum TableState {
    /** TODO: Auto-generated description. */
    AVAILABLE,

    /** TODO: Auto-generated description. */
    PROCESSING,

    /** TODO: Auto-generated description. */
    PROCESSING_FAILED;
}
