package org.synapsejdbc.client.model;

/** The status of the file handle as computed by the backend. */
public enum FileHandleStatus {
    /**
     * The default status of a file handle that is considered available and linked to at least on object (For the
     * possible associations see FileHandleAssociateType ).
     */
    AVAILABLE,

    /**
     * The file handle has been detected as not linked to any object (For the possible associations see
     * FileHandleAssociateType ), this file will eventually be archived.
     */
    UNLINKED,

    /** The file handle has been archived after being UNLINKED for more than 30 days. */
    ARCHIVED;
}
