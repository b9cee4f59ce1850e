package org.synapsejdbc.client.model;

/**
 * Defines the common fields of FileHandles that are uploaded to cloud providers such as AWS S3 and Google Cloud
 * Storage.
 */
public interface CloudProviderFileHandleInterface extends FileHandle {
    String getBucketName();

    CloudProviderFileHandleInterface setBucketName(String bucketName);

    String getKey();

    CloudProviderFileHandleInterface setKey(String key);

    String getPreviewId();

    CloudProviderFileHandleInterface setPreviewId(String previewId);

    Boolean getIsPreview();

    CloudProviderFileHandleInterface setIsPreview(Boolean isPreview);
}
