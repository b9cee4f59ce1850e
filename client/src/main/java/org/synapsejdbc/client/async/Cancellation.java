package org.synapsejdbc.client.async;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A cancellation signal shared between the caller (e.g. {@code Statement.cancel()}) and a waiting operation;
 * waits wake up as soon as it is cancelled.
 */
public final class Cancellation {
  private final CountDownLatch cancelled = new CountDownLatch(1);

  public void cancel() {
    cancelled.countDown();
  }

  public boolean isCancelled() {
    return cancelled.getCount() == 0;
  }

  /** Sleeps for {@code delay} unless cancelled first; returns true when cancelled. */
  public boolean sleep(Duration delay) throws InterruptedException {
    return cancelled.await(delay.toNanos(), TimeUnit.NANOSECONDS);
  }
}
