package org.synapsejdbc.client.async;

import java.time.Duration;

/**
 * When to poll an asynchronous job again: {@code base + growth × elapsed}, capped at {@code maxDelay}, after an
 * immediate first poll.
 *
 * <p>Why this shape: to notice a job that ends at any time {@code t} no later than {@code g·t + c} after it ended,
 * a job ending just after a poll at {@code T} must be polled again by {@code (1 + g)·T + c}; waiting exactly that
 * long (delay {@code g·elapsed + c}) is therefore the schedule with the fewest polls that keeps that promise for
 * every job time. The default ({@code g} = 0.25, {@code c} = 20 ms) polls at 0, 20, 45, 76, 115, 164, 225, 301,
 * 397, 516, 665, 851, 1084 ms, … (each wait counted from when the previous poll was sent): a job is noticed at
 * most 25 % + 20 ms (plus one round trip) after it finished, and the number of polls grows like log base 1.25 of
 * the job time (a 1 s job costs 13 polls, a 10 min job about 85 once the delay reaches the 10 s cap). The
 * immediate first poll costs one request but catches jobs Synapse already has (an identical query reuses the
 * finished job) or finishes at once, 20 ms earlier.
 */
public record PollSchedule(Duration base, Duration maxDelay, double growth) {
  public static final PollSchedule DEFAULT = new PollSchedule(Duration.ofMillis(20), Duration.ofSeconds(10), 0.25);

  public PollSchedule {
    if (growth <= 0 || base.isNegative() || maxDelay.compareTo(base) < 0) {
      throw new IllegalArgumentException("invalid poll schedule");
    }
  }

  /** The delay before the next poll, given how long the job has been waited for so far. */
  public Duration nextDelay(Duration elapsed) {
    double proportional = elapsed.toNanos() * growth;
    long delay = (long) Math.min(maxDelay.toNanos(), base.toNanos() + proportional);
    return Duration.ofNanos(delay);
  }
}
