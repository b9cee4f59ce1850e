package org.synapsejdbc.client.async;

import java.time.Duration;

/**
 * When to poll an asynchronous job again: the delay grows in proportion to the time already waited
 * ({@code elapsed * growth}), clamped to [{@code minDelay}, {@code maxDelay}]. With the default growth of 0.2 a
 * job is noticed at most ~20% after it finished (plus one round trip), while a job that runs for minutes costs
 * one poll per {@code maxDelay}.
 */
public record PollSchedule(Duration minDelay, Duration maxDelay, double growth) {
  public static final PollSchedule DEFAULT = new PollSchedule(Duration.ofMillis(10), Duration.ofSeconds(10), 0.2);

  public PollSchedule {
    if (growth <= 0 || minDelay.isNegative() || maxDelay.compareTo(minDelay) < 0) {
      throw new IllegalArgumentException("invalid poll schedule");
    }
  }

  /** The delay before the next poll, given how long the job has been waited for so far. */
  public Duration nextDelay(Duration elapsed) {
    long proportional = (long) (elapsed.toNanos() * growth);
    return Duration.ofNanos(Math.max(minDelay.toNanos(), Math.min(maxDelay.toNanos(), proportional)));
  }
}
