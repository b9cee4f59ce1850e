package org.synapsejdbc.client.async;

import java.time.Duration;

/** Caller's limits for one asynchronous job: overall deadline, progress listener and cancellation signal. */
public record JobOptions(Duration timeout, JobProgressListener listener, Cancellation cancellation) {
  /** Ten minutes, like the official Python client's default query timeout. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

  public static JobOptions defaults() {
    return new JobOptions(DEFAULT_TIMEOUT, JobProgressListener.NONE, new Cancellation());
  }

  public JobOptions withTimeout(Duration t) {
    return new JobOptions(t, listener, cancellation);
  }

  public JobOptions withListener(JobProgressListener l) {
    return new JobOptions(timeout, l, cancellation);
  }

  public JobOptions withCancellation(Cancellation c) {
    return new JobOptions(timeout, listener, c);
  }
}
