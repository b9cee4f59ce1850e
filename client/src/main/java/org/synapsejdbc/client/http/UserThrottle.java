package org.synapsejdbc.client.http;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Keeps one user's requests within Synapse's throttles (3 concurrent, 600 per 60 s) across every client of that
 * user in the JVM, so a busy application slows itself down instead of collecting 429s.
 */
public final class UserThrottle {
  public static final int SYNAPSE_MAX_CONCURRENT = 3;
  public static final int SYNAPSE_MAX_PER_WINDOW = 600;
  public static final Duration SYNAPSE_WINDOW = Duration.ofSeconds(60);
  /**
   * We count a request when we send it, Synapse when it arrives (a little later): a window exactly as long as
   * Synapse's can let the 601st request arrive just inside Synapse's window. Ours is this much longer.
   */
  public static final Duration WINDOW_MARGIN = Duration.ofMillis(500);

  /**
   * Synapse releases a request's concurrency slot only after it has written the response, so a client that
   * starts its next request the moment a response arrives can race the release and get a 429. Holding our slot a
   * little longer than the response closes that race.
   */
  public static final Duration RELEASE_DELAY = Duration.ofMillis(5);

  private static final Map<String, UserThrottle> BY_USER = new ConcurrentHashMap<>();
  private static final ScheduledExecutorService RELEASER = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "synapse-throttle-release");
    t.setDaemon(true);
    return t;
  });

  private final Semaphore inFlight;
  private final int maxConcurrent;
  private final int maxPerWindow;
  private final long windowNanos;
  private final ArrayDeque<Long> recentStarts = new ArrayDeque<>();

  UserThrottle(int maxConcurrent, int maxPerWindow, Duration window) {
    this.inFlight = new Semaphore(maxConcurrent, true);
    this.maxConcurrent = maxConcurrent;
    this.maxPerWindow = maxPerWindow;
    this.windowNanos = window.toNanos();
  }

  /**
   * The shared throttle of a user (key = server + hashed identity). The first caller fixes the limits; later
   * callers share that instance whatever limits they pass.
   */
  public static UserThrottle forUser(String key, int maxConcurrent, int maxPerWindow, Duration window) {
    return BY_USER.computeIfAbsent(key, k -> new UserThrottle(maxConcurrent, maxPerWindow, window));
  }

  /** Waits for a free slot and for room in the rate window; call {@link #release()} when the response is read. */
  public void acquire() throws InterruptedException {
    inFlight.acquire();
    try {
      awaitRate();
    } catch (InterruptedException e) {
      inFlight.release();
      throw e;
    }
  }

  /** Frees the slot after {@link #RELEASE_DELAY}. */
  public void release() {
    RELEASER.schedule(() -> inFlight.release(), RELEASE_DELAY.toNanos(), TimeUnit.NANOSECONDS);
  }

  /** Requests currently holding a slot (for tests and diagnostics). */
  public int inFlight() {
    return maxConcurrent - inFlight.availablePermits();
  }

  private void awaitRate() throws InterruptedException {
    synchronized (recentStarts) {
      while (true) {
        long now = System.nanoTime();
        while (!recentStarts.isEmpty() && now - recentStarts.peekFirst() >= windowNanos) {
          recentStarts.pollFirst();
        }
        if (recentStarts.size() < maxPerWindow) {
          recentStarts.addLast(now);
          return;
        }
        long waitNanos = windowNanos - (now - recentStarts.peekFirst());
        long ms = Math.max(1, waitNanos / 1_000_000);
        recentStarts.wait(ms);
      }
    }
  }
}
