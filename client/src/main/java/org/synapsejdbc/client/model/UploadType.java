package org.synapsejdbc.client.model;

/** The enumeration of possible upload types. */
public enum UploadType {
    /** An upload to an Amazon Web Services S3 bucket. */
    S3,

    /** An upload to a Google Cloud Platform storage bucket. */
    GOOGLECLOUDSTORAGE,

    /** TODO: Auto-generated description. */
    SFTP,

    /** TODO: Auto-generated description. */
    HTTPS,

    /** TODO: Auto-generated description. */
    PROXYLOCAL,

    /** No upload type, for when the upload type is unknown or unspecified. */
    NONE;
}
