package org.synapsejdbc.calcite.exec;

import java.util.NoSuchElementException;
import java.util.function.Supplier;
import org.apache.calcite.linq4j.Enumerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synapsejdbc.client.error.SynapseCancelledException;

/**
 * Calcite's view of a {@link RowSource}: opened on the first {@code moveNext()}, checks the statement's cancel flag and
 * timeout before every row, logs progress of long reads every ten seconds, and releases the source when closed.
 */
final class GuardedRowEnumerator implements Enumerator<String[]> {
  private static final Logger LOG = LoggerFactory.getLogger(GuardedRowEnumerator.class);
  private static final long LOG_EVERY_NANOS = 10_000_000_000L;

  private final String what;
  private final QueryGuard guard;
  private final Supplier<RowSource> opener;
  private RowSource source;
  private String[] current;
  private long rows;
  private final long started = System.nanoTime();
  private long lastLog = started;
  private boolean done;

  GuardedRowEnumerator(String what, QueryGuard guard, Supplier<RowSource> opener) {
    this.what = what;
    this.guard = guard;
    this.opener = opener;
  }

  @Override
  public String[] current() {
    if (current == null) {
      throw new NoSuchElementException();
    }
    return current;
  }

  @Override
  public boolean moveNext() {
    if (done) {
      return false;
    }
    guard.check();
    try {
      if (source == null) {
        source = opener.get();
      }
      current = source.next();
    } catch (SynapseCancelledException e) {
      throw guard.stopped(e);
    } catch (RuntimeException e) {
      throw guard.isStopped() ? guard.stopped(e) : e;
    }
    if (current == null) {
      done = true;
      logEnd();
      close();
      return false;
    }
    rows++;
    long now = System.nanoTime();
    if (now - lastLog >= LOG_EVERY_NANOS) {
      lastLog = now;
      LOG.info("{}: {} rows read after {} s", what, rows, (now - started) / 1_000_000_000L);
    }
    return true;
  }

  private void logEnd() {
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    if (seconds >= 10) {
      LOG.info("{}: finished, {} rows in {} s", what, rows, seconds);
    } else {
      LOG.debug("{}: finished, {} rows", what, rows);
    }
  }

  @Override
  public void reset() {
    throw new UnsupportedOperationException("Synapse results are read once");
  }

  @Override
  public void close() {
    try {
      if (source != null) {
        source.close();
        source = null;
      }
    } finally {
      guard.close();
    }
  }
}
