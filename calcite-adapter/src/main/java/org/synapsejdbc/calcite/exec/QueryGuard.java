package org.synapsejdbc.calcite.exec;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.DataContext;
import org.synapsejdbc.client.async.Cancellation;
import org.synapsejdbc.client.async.JobOptions;
import org.synapsejdbc.client.async.JobProgressListener;
import org.synapsejdbc.client.error.SynapseCancelledException;

/**
 * Watches one statement's cancel flag ({@code Statement.cancel()}) and timeout ({@code setQueryTimeout}) and turns
 * them into a client {@link Cancellation}, so that a job being polled, a page being prefetched or a CSV being
 * downloaded stops at once rather than at the next {@code ResultSet.next()}.
 */
final class QueryGuard implements AutoCloseable {
  private static final long TICK_MILLIS = 25;
  private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "synapse-query-watchdog");
    t.setDaemon(true);
    return t;
  });

  private final AtomicBoolean cancelFlag;
  private final long timeoutMillis;
  private final long deadlineNanos;
  private final Cancellation cancellation = new Cancellation();
  private final ScheduledFuture<?> tick;
  private volatile boolean timedOut;

  private QueryGuard(AtomicBoolean cancelFlag, long timeoutMillis) {
    this.cancelFlag = cancelFlag;
    this.timeoutMillis = timeoutMillis;
    this.deadlineNanos = timeoutMillis > 0 ? System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis) : 0;
    this.tick = cancelFlag != null || timeoutMillis > 0
        ? WATCHDOG.scheduleAtFixedRate(this::poll, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS) : null;
  }

  /** A guard for the statement whose data context this is. */
  static QueryGuard of(DataContext context) {
    AtomicBoolean flag = context == null ? null : DataContext.Variable.CANCEL_FLAG.get(context);
    Object timeout = context == null ? null : context.get(DataContext.Variable.TIMEOUT.camelName);
    long millis = timeout instanceof Number n ? n.longValue() : 0;
    return new QueryGuard(flag, millis);
  }

  private void poll() {
    if (deadlineNanos != 0 && System.nanoTime() - deadlineNanos >= 0) {
      timedOut = true;
      cancellation.cancel();
    } else if (cancelFlag != null && cancelFlag.get()) {
      cancellation.cancel();
    }
    if (cancellation.isCancelled()) {
      tick.cancel(false);
    }
  }

  /** Job options whose deadline is the statement's remaining time (else {@code dflt}) and that stop on cancel. */
  JobOptions jobOptions(Duration dflt, JobProgressListener listener) {
    Duration timeout = dflt;
    if (deadlineNanos != 0) {
      timeout = Duration.ofNanos(Math.max(1, deadlineNanos - System.nanoTime()));
    }
    return new JobOptions(timeout, listener, cancellation);
  }

  Cancellation cancellation() {
    return cancellation;
  }

  /** Throws when the statement was cancelled or timed out. */
  void check() {
    poll();
    if (cancellation.isCancelled()) {
      throw stopped(null);
    }
  }

  /** The exception to report for a stop: a timeout, or the user's cancel. */
  RuntimeException stopped(RuntimeException cause) {
    if (timedOut) {
      QueryTimeoutException e = new QueryTimeoutException(timeoutMillis);
      if (cause != null) {
        e.addSuppressed(cause);
      }
      return e;
    }
    return cause instanceof SynapseCancelledException ? cause
        : new SynapseCancelledException("Statement cancelled");
  }

  boolean isStopped() {
    return cancellation.isCancelled();
  }

  @Override
  public void close() {
    if (tick != null) {
      tick.cancel(false);
    }
  }
}
