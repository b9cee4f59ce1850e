package org.synapsejdbc.client.model;

/** If the Entity update failed, a failure code will be included. */
public enum EntityUpdateFailureCode {
    /** TODO: Auto-generated description. */
    NOT_FOUND,

    /** TODO: Auto-generated description. */
    UNAUTHORIZED,

    /** TODO: Auto-generated description. */
    CONCURRENT_UPDATE,

    /** TODO: Auto-generated description. */
    ILLEGAL_ARGUMENT,

    /** TODO: Auto-generated description. */
    UNKNOWN;
}
