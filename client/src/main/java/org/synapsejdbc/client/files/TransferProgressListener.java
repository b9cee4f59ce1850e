package org.synapsejdbc.client.files;

/** Receives the progress of an upload or download: bytes done so far out of the total. */
@FunctionalInterface
public interface TransferProgressListener {
  TransferProgressListener NONE = (done, total) -> {};

  void onProgress(long bytesDone, long totalBytes);
}
