package org.synapsejdbc.client.model;

/** Failure code for a files that cannot be downloaded. */
public enum FileResultFailureCode {
    /** TODO: Auto-generated description. */
    NOT_FOUND,

    /** TODO: Auto-generated description. */
    UNAUTHORIZED;
}
