package org.synapsejdbc.client.files;

/** Optional settings of an upload; nulls mean: file's own name, guessed content type, default storage. */
public record UploadOptions(String fileName, String contentType, Long storageLocationId, Boolean generatePreview) {
  public static UploadOptions defaults() {
    return new UploadOptions(null, null, null, false);
  }

  public UploadOptions withFileName(String name) {
    return new UploadOptions(name, contentType, storageLocationId, generatePreview);
  }

  public UploadOptions withContentType(String type) {
    return new UploadOptions(fileName, type, storageLocationId, generatePreview);
  }
}
