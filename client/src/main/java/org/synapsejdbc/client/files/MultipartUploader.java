package org.synapsejdbc.client.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synapsejdbc.client.error.SynapseCancelledException;
import org.synapsejdbc.client.error.SynapseException;
import org.synapsejdbc.client.error.SynapseTransportException;
import org.synapsejdbc.client.http.Service;
import org.synapsejdbc.client.http.SynapseTransport;
import org.synapsejdbc.client.model.AddPartResponse;
import org.synapsejdbc.client.model.AddPartState;
import org.synapsejdbc.client.model.BatchPresignedUploadUrlRequest;
import org.synapsejdbc.client.model.BatchPresignedUploadUrlResponse;
import org.synapsejdbc.client.model.MultipartUploadRequest;
import org.synapsejdbc.client.model.MultipartUploadState;
import org.synapsejdbc.client.model.MultipartUploadStatus;
import org.synapsejdbc.client.model.PartPresignedUrl;

/**
 * Uploads a file to Synapse storage by multipart upload: part size by Synapse's rules, MD5 per part and per
 * file, parts PUT to presigned URLs without the Synapse token (URL refreshed on 403/expiry), and resumption after
 * a failure by re-posting the same (idempotent) {@code POST /file/multipart} request, which reports the parts
 * already added.
 */
public final class MultipartUploader {
  private static final Logger LOG = LoggerFactory.getLogger(MultipartUploader.class);
  private static final int URL_BATCH = 50;
  private static final int PART_ATTEMPTS = 4;

  private final SynapseTransport transport;
  private final int uploadAttempts;

  public MultipartUploader(SynapseTransport transport, int uploadAttempts) {
    this.transport = transport;
    this.uploadAttempts = uploadAttempts;
  }

  /** Uploads {@code file} and returns the resulting file handle id. */
  public String upload(Path file, UploadOptions options, TransferProgressListener listener) throws IOException {
    long size = Files.size(file);
    long partSize = PartSizing.partSize(size);
    int parts = PartSizing.partCount(size, partSize);
    String[] partMd5 = new String[parts];
    String fileMd5 = digest(file, partSize, partMd5);
    MultipartUploadRequest request = new MultipartUploadRequest()
        .setFileName(options.fileName() != null ? options.fileName() : file.getFileName().toString())
        .setContentType(options.contentType() != null ? options.contentType() : guessContentType(file))
        .setContentMD5Hex(fileMd5)
        .setFileSizeBytes(size)
        .setPartSizeBytes(partSize)
        .setStorageLocationId(options.storageLocationId())
        .setGeneratePreview(options.generatePreview());
    SynapseException last = null;
    for (int attempt = 1; attempt <= uploadAttempts; attempt++) {
      try {
        String id = uploadOnce(file, request, partSize, parts, partMd5, listener);
        LOG.info("Uploaded {} ({} bytes, {} parts) as file handle {}", file.getFileName(), size, parts, id);
        return id;
      } catch (SynapseException e) {
        if (!e.isTransient() || attempt == uploadAttempts) {
          throw e;
        }
        last = e;
        LOG.warn("Upload of {} interrupted (attempt {}/{}: {}); resuming", file.getFileName(), attempt,
            uploadAttempts, e.getMessage());
        pause(transport.retryPolicy().delayAfter(attempt));
      }
    }
    throw last;
  }

  private String uploadOnce(Path file, MultipartUploadRequest request, long partSize, int parts, String[] partMd5,
      TransferProgressListener listener) throws IOException {
    // Same request again = resume: Synapse answers with the parts it already has.
    MultipartUploadStatus status = transport.post(Service.FILE, "/file/multipart").query("forceRestart", false)
        .body(request).idempotent().as(MultipartUploadStatus.class);
    long size = request.getFileSizeBytes();
    if (status.getState() == MultipartUploadState.COMPLETED) {
      listener.onProgress(size, size);
      return status.getResultFileHandleId();
    }
    String uploadId = status.getUploadId();
    List<Long> missing = new ArrayList<>();
    String state = status.getPartsState() == null ? "" : status.getPartsState();
    long done = 0;
    for (int i = 0; i < parts; i++) {
      if (i < state.length() && state.charAt(i) == '1') {
        done += partLength(size, partSize, i + 1);
      } else {
        missing.add((long) i + 1);
      }
    }
    listener.onProgress(done, size);
    for (int from = 0; from < missing.size(); from += URL_BATCH) {
      List<Long> batch = missing.subList(from, Math.min(missing.size(), from + URL_BATCH));
      Map<Long, PartPresignedUrl> urls = presignedUrls(uploadId, batch);
      for (Long part : batch) {
        long length = partLength(size, partSize, part);
        uploadPart(file, uploadId, part, (part - 1) * partSize, length, partMd5[(int) (part - 1)], urls);
        done += length;
        listener.onProgress(done, size);
      }
    }
    MultipartUploadStatus completed = transport.put(Service.FILE, "/file/multipart/" + uploadId + "/complete")
        .as(MultipartUploadStatus.class);
    if (completed.getState() != MultipartUploadState.COMPLETED) {
      throw new SynapseException(0, "multipart upload " + uploadId + " did not complete: " + completed.getState());
    }
    return completed.getResultFileHandleId();
  }

  private void uploadPart(Path file, String uploadId, long part, long offset, long length, String md5,
      Map<Long, PartPresignedUrl> urls) {
    for (int attempt = 1; ; attempt++) {
      PartPresignedUrl url = urls.get(part);
      int status = putPart(file, url, offset, length, part);
      if (status == 403 || status == 400) {
        // S3 answers an expired presigned URL with 403 (sometimes 400): fetch a fresh one.
        if (attempt >= PART_ATTEMPTS) {
          throw new SynapseException(status, "storage rejected part " + part + " of upload " + uploadId
              + " " + attempt + " times even with fresh presigned URLs");
        }
        LOG.info("Presigned URL of part {} rejected ({}); refreshing it", part, status);
        urls.putAll(presignedUrls(uploadId, List.of(part)));
        continue;
      }
      if (status < 200 || status >= 300) {
        if (attempt >= PART_ATTEMPTS) {
          throw new SynapseException(status, "storage failed part " + part + " of upload " + uploadId);
        }
        pause(transport.retryPolicy().delayAfter(attempt));
        continue;
      }
      AddPartResponse added = transport.put(Service.FILE, "/file/multipart/" + uploadId + "/add/" + part)
          .query("partMD5Hex", md5).as(AddPartResponse.class);
      if (added.getAddPartState() == AddPartState.ADD_SUCCESS) {
        return;
      }
      if (attempt >= PART_ATTEMPTS) {
        throw new SynapseException(0, "Synapse did not accept part " + part + " of upload " + uploadId + ": "
            + added.getErrorMessage());
      }
      LOG.warn("Part {} of upload {} not added ({}); uploading it again", part, uploadId, added.getErrorMessage());
    }
  }

  /** PUTs one part; returns the storage's status, or throws a transient exception after repeated I/O errors. */
  private int putPart(Path file, PartPresignedUrl url, long offset, long length, long part) {
    Request.Builder b = new Request.Builder().url(url.getUploadPresignedUrl())
        .put(new FilePartBody(file, offset, length));
    if (url.getSignedHeaders() != null) {
      url.getSignedHeaders().forEach(b::header);
    }
    Request request = b.build();
    for (int attempt = 1; ; attempt++) {
      try (Response response = transport.execute(transport.externalHttp(), request)) {
        return response.code();
      } catch (IOException e) {
        if (attempt >= PART_ATTEMPTS) {
          throw new SynapseTransportException("PUT of part " + part + " to storage failed", e, true);
        }
        pause(transport.retryPolicy().delayAfter(attempt));
      }
    }
  }

  private Map<Long, PartPresignedUrl> presignedUrls(String uploadId, List<Long> parts) {
    BatchPresignedUploadUrlResponse response = transport
        .post(Service.FILE, "/file/multipart/" + uploadId + "/presigned/url/batch")
        .body(new BatchPresignedUploadUrlRequest().setUploadId(uploadId).setPartNumbers(new ArrayList<>(parts)))
        .idempotent().as(BatchPresignedUploadUrlResponse.class);
    Map<Long, PartPresignedUrl> byPart = new HashMap<>();
    for (PartPresignedUrl u : response.getPartPresignedUrls()) {
      byPart.put(u.getPartNumber(), u);
    }
    return byPart;
  }

  private static long partLength(long size, long partSize, long part) {
    return Math.min(partSize, size - (part - 1) * partSize);
  }

  /** One pass over the file: the file's MD5, and each part's MD5 into {@code partMd5}. */
  private static String digest(Path file, long partSize, String[] partMd5) throws IOException {
    MessageDigest whole = Md5.newDigest();
    MessageDigest part = Md5.newDigest();
    byte[] buf = new byte[64 * 1024];
    long inPart = 0;
    int index = 0;
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buf, 0, (int) Math.min(buf.length, partSize - inPart))) > 0; ) {
        whole.update(buf, 0, n);
        part.update(buf, 0, n);
        inPart += n;
        if (inPart == partSize) {
          partMd5[index++] = Md5.hex(part);
          inPart = 0;
        }
      }
    }
    if (inPart > 0) {
      partMd5[index] = Md5.hex(part);
    }
    return Md5.hex(whole);
  }

  private static String guessContentType(Path file) {
    try {
      String probed = Files.probeContentType(file);
      if (probed != null) {
        return probed;
      }
    } catch (IOException ignored) {
      // fall back below
    }
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (name.endsWith(".csv")) {
      return "text/csv";
    }
    if (name.endsWith(".txt")) {
      return "text/plain";
    }
    return "application/octet-stream";
  }

  private static void pause(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SynapseCancelledException("Interrupted during an upload");
    }
  }
}
