package org.synapsejdbc.client.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synapsejdbc.client.error.SynapseCancelledException;
import org.synapsejdbc.client.error.SynapseChecksumException;
import org.synapsejdbc.client.error.SynapseException;
import org.synapsejdbc.client.error.SynapseForbiddenException;
import org.synapsejdbc.client.error.SynapseNotFoundException;
import org.synapsejdbc.client.error.SynapseTransportException;
import org.synapsejdbc.client.http.Service;
import org.synapsejdbc.client.http.SynapseTransport;
import org.synapsejdbc.client.model.BatchFileRequest;
import org.synapsejdbc.client.model.BatchFileResult;
import org.synapsejdbc.client.model.FileHandle;
import org.synapsejdbc.client.model.FileHandleAssociation;
import org.synapsejdbc.client.model.FileResult;

/**
 * Downloads a file through {@code POST /fileHandle/batch}: a fresh presigned URL for every attempt (they expire
 * after 30 s), resumption of a partial download with {@code Range}, the Synapse token never sent to the storage
 * URL, the MD5 verified against the file handle, progress reported.
 */
public final class FileDownloader {
  private static final Logger LOG = LoggerFactory.getLogger(FileDownloader.class);
  private static final long LOG_EVERY_NANOS = Duration.ofSeconds(10).toNanos();

  private final SynapseTransport transport;
  private final int attempts;

  public FileDownloader(SynapseTransport transport, int attempts) {
    this.transport = transport;
    this.attempts = attempts;
  }

  /** Downloads the associated file to {@code target} (replaced when complete and verified). */
  public FileHandle download(FileHandleAssociation association, Path target, TransferProgressListener listener)
      throws IOException {
    Path partial = target.resolveSibling(target.getFileName() + ".synapse-partial");
    SynapseException last = null;
    for (int attempt = 1; attempt <= attempts; attempt++) {
      FileResult file = presign(association);
      FileHandle handle = file.getFileHandle();
      long expected = handle.getContentSize() == null ? -1 : handle.getContentSize();
      try {
        fetch(file.getPreSignedURL(), partial, expected, listener);
        verifyAndMove(handle, partial, target);
        return handle;
      } catch (SynapseException e) {
        if (!e.isTransient() || attempt == attempts) {
          throw e;
        }
        last = e;
        LOG.warn("Download of file handle {} interrupted (attempt {}/{}: {}); resuming with a fresh URL",
            handle.getId(), attempt, attempts, e.getMessage());
        pause(transport.retryPolicy().delayAfter(attempt));
      }
    }
    throw last;
  }

  private FileResult presign(FileHandleAssociation association) {
    BatchFileRequest request = new BatchFileRequest().setRequestedFiles(List.of(association))
        .setIncludePreSignedURLs(true).setIncludeFileHandles(true).setIncludePreviewPreSignedURLs(false);
    BatchFileResult result = transport.post(Service.FILE, "/fileHandle/batch").body(request).idempotent()
        .as(BatchFileResult.class);
    FileResult file = result.getRequestedFiles().get(0);
    if (file.getFailureCode() != null) {
      String what = "file handle " + association.getFileHandleId() + " of " + association.getAssociateObjectType()
          + " " + association.getAssociateObjectId();
      throw switch (file.getFailureCode()) {
        case NOT_FOUND -> new SynapseNotFoundException(404, what + " was not found");
        case UNAUTHORIZED -> new SynapseForbiddenException(403, "not allowed to download " + what);
      };
    }
    return file;
  }

  /** One GET of the presigned URL, resuming after the bytes already in {@code partial}. */
  private void fetch(String url, Path partial, long expected, TransferProgressListener listener)
      throws IOException {
    long have = Files.exists(partial) ? Files.size(partial) : 0;
    if (expected >= 0 && have > expected) {
      Files.delete(partial);
      have = 0;
    }
    if (expected >= 0 && have == expected) {
      return;
    }
    Request.Builder b = new Request.Builder().url(url).get();
    if (have > 0) {
      b.header("Range", "bytes=" + have + "-");
    }
    try (Response response = transport.execute(transport.externalHttp(), b.build())) {
      int status = response.code();
      if (status == 416 && have > 0) {
        return; // nothing left to send: the partial file is complete; the MD5 check decides
      }
      if (status == 403 || status == 400) {
        throw new SynapseTransportException("presigned URL rejected with " + status + " (expired?)",
            new IOException("HTTP " + status), false);
      }
      if (status >= 500) {
        throw new SynapseTransportException("storage answered " + status, new IOException("HTTP " + status), false);
      }
      if (status != 200 && status != 206) {
        throw new SynapseException(status, "unexpected storage answer " + status + " for a download");
      }
      boolean append = status == 206;
      long done = append ? have : 0;
      long total = expected >= 0 ? expected : done + response.body().contentLength();
      long lastLog = System.nanoTime();
      try (InputStream in = response.body().byteStream();
          OutputStream out = Files.newOutputStream(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
              append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
        byte[] buf = new byte[64 * 1024];
        for (int n; (n = in.read(buf)) > 0; ) {
          out.write(buf, 0, n);
          done += n;
          listener.onProgress(done, total);
          if (System.nanoTime() - lastLog > LOG_EVERY_NANOS) {
            LOG.info("Downloading {}: {} of {} bytes", partial.getFileName(), done, total);
            lastLog = System.nanoTime();
          }
        }
      } catch (IOException e) {
        throw new SynapseTransportException("download interrupted after " + done + " bytes", e, false);
      }
      if (expected >= 0 && done < expected) {
        throw new SynapseTransportException("download ended after " + done + " of " + expected + " bytes",
            new IOException("truncated body"), false);
      }
    } catch (SynapseException e) {
      throw e;
    } catch (IOException e) {
      throw new SynapseTransportException("download failed", e, false);
    }
  }

  private static void verifyAndMove(FileHandle handle, Path partial, Path target) throws IOException {
    String expectedMd5 = handle.getContentMd5();
    if (expectedMd5 != null) {
      String actual = Md5.ofFile(partial);
      if (!actual.equalsIgnoreCase(expectedMd5)) {
        Files.deleteIfExists(partial);
        throw new SynapseChecksumException("MD5 of the downloaded file handle " + handle.getId() + " is " + actual
            + " but Synapse recorded " + expectedMd5 + "; the partial file was deleted");
      }
    }
    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
  }

  private static void pause(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SynapseCancelledException("Interrupted during a download");
    }
  }
}
