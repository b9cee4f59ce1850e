package org.synapsejdbc.client.model;

/** The state of this file upload. */
public enum MultipartUploadState {
    /** TODO: Auto-generated description. */
    UPLOADING,

    /** TODO: Auto-generated description. */
    COMPLETED;
}
