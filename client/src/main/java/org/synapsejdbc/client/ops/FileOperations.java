package org.synapsejdbc.client.ops;

import java.io.IOException;
import java.nio.file.Path;
import org.synapsejdbc.client.files.FileDownloader;
import org.synapsejdbc.client.files.MultipartUploader;
import org.synapsejdbc.client.files.TransferProgressListener;
import org.synapsejdbc.client.files.UploadOptions;
import org.synapsejdbc.client.http.Service;
import org.synapsejdbc.client.http.SynapseTransport;
import org.synapsejdbc.client.model.FileHandle;
import org.synapsejdbc.client.model.FileHandleAssociation;

/** File handles: multipart upload, verified resumable download, and reading a handle's metadata. */
public final class FileOperations {
  private final SynapseTransport transport;
  private final MultipartUploader uploader;
  private final FileDownloader downloader;

  public FileOperations(SynapseTransport transport, MultipartUploader uploader, FileDownloader downloader) {
    this.transport = transport;
    this.uploader = uploader;
    this.downloader = downloader;
  }

  /** Uploads a file (≥ 1 byte) and returns the new file handle id. */
  public String upload(Path file, UploadOptions options, TransferProgressListener progress) throws IOException {
    return uploader.upload(file, options, progress);
  }

  /** Downloads the file of an association (e.g. a FileEntity, or a table cell/CSV as TableEntity) to target. */
  public FileHandle download(FileHandleAssociation association, Path target, TransferProgressListener progress)
      throws IOException {
    return downloader.download(association, target, progress);
  }

  /** A file handle's metadata (only its creator may read it this way). */
  public FileHandle fileHandle(String id) {
    return transport.get(Service.FILE, "/fileHandle/" + id).as(FileHandle.class);
  }
}
