package org.synapsejdbc.client.async;

import java.time.Duration;

/** A snapshot of a running asynchronous job as reported by a 202 poll answer. */
public record JobProgress(String jobId, String state, String message, Long current, Long total, Duration elapsed,
    int polls) {
  /** Synapse's text while a table or view index is being (re)built; the job waits for it. */
  public static final String INDEX_REBUILDING_MESSAGE = "Waiting for the table index to become available";

  /** Whether the job is waiting for a table/view index that is being built or rebuilt. */
  public boolean isWaitingForIndex() {
    return message != null && message.contains(INDEX_REBUILDING_MESSAGE);
  }

  /** Progress in words for logs and error messages. */
  public String describe() {
    StringBuilder sb = new StringBuilder("job ").append(jobId).append(' ').append(state);
    if (isWaitingForIndex()) {
      sb.append(" (the table/view index is being rebuilt)");
    }
    if (message != null && !message.isEmpty()) {
      sb.append(": ").append(message);
    }
    if (current != null && total != null && total > 0) {
      sb.append(" [").append(current).append('/').append(total).append(']');
    }
    return sb.append(" after ").append(elapsed.toMillis()).append(" ms, ").append(polls).append(" polls").toString();
  }
}
