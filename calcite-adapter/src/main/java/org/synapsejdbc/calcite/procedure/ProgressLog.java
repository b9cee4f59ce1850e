package org.synapsejdbc.calcite.procedure;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synapsejdbc.client.files.TransferProgressListener;

/** Logs the progress of a long upload or download at INFO, at most every five seconds. */
final class ProgressLog implements TransferProgressListener {
  private static final Logger LOG = LoggerFactory.getLogger(ProgressLog.class);
  private static final long EVERY_NANOS = 5_000_000_000L;

  private final String what;
  private long last = System.nanoTime();

  ProgressLog(String what) {
    this.what = what;
  }

  @Override
  public void onProgress(long bytesDone, long totalBytes) {
    long now = System.nanoTime();
    if (now - last >= EVERY_NANOS && bytesDone < totalBytes) {
      last = now;
      LOG.info("{}: {} of {} bytes ({}%)", what, bytesDone, totalBytes,
          totalBytes == 0 ? 100 : bytesDone * 100 / totalBytes);
    }
  }
}
