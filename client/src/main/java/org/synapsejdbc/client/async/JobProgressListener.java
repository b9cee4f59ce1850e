package org.synapsejdbc.client.async;

/** Receives progress of an asynchronous job whenever its state, message or counters change. */
@FunctionalInterface
public interface JobProgressListener {
  JobProgressListener NONE = p -> {};

  void onProgress(JobProgress progress);
}
