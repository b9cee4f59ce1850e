package org.synapsejdbc.client.http;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often and how long transient failures (429, 500, 502, 503, 504, I/O errors) are retried: exponential
 * backoff from {@code initialDelay}, doubled per attempt up to {@code maxDelay}, each delay scaled by a random
 * factor in [0.5, 1.5) (Synapse sends no Retry-After), bounded by {@code maxAttempts} and {@code maxElapsed}.
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay, Duration maxElapsed) {
  /** 8 attempts, 1 s doubling to 30 s, at most 3 minutes in total. */
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(8, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(3));
  /** One attempt, no retry. */
  public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be >= 1");
    }
  }

  /** The randomized delay before attempt {@code attempt + 1}, given that {@code attempt} (1-based) failed. */
  public Duration delayAfter(int attempt) {
    double base = initialDelay.toNanos() * Math.pow(2, Math.max(0, attempt - 1));
    double capped = Math.min(base, maxDelay.toNanos());
    double jittered = capped * (0.5 + ThreadLocalRandom.current().nextDouble());
    return Duration.ofNanos((long) jittered);
  }

  /** Whether an HTTP status is worth retrying. */
  public static boolean isRetriableStatus(int status) {
    return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
  }
}
