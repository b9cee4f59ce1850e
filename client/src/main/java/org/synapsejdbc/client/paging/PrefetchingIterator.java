package org.synapsejdbc.client.paging;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.synapsejdbc.client.error.SynapseCancelledException;

/**
 * Iterates over items of a paged Synapse listing, fetching lazily: nothing is requested before the first
 * {@code hasNext()}, and while one page is being consumed the next {@code depth} pages are fetched in the background
 * (one after the other, since each page names the next one's cursor); depth 0 fetches each page when it is needed.
 * At most {@code depth + 1} pages are held in memory.
 */
public final class PrefetchingIterator<C, T> implements Iterator<T>, AutoCloseable {
  /** Pages fetched ahead unless a caller asks otherwise. */
  public static final int DEFAULT_DEPTH = 1;

  private final PageSource<C, T> source;
  private final Executor executor;
  private final C firstCursor;
  private final int depth;
  private boolean started;
  private Iterator<T> current = List.<T>of().iterator();
  /** Pages being fetched ahead, in order; a future completing with null means the listing ended before it. */
  private final Deque<CompletableFuture<Page<C, T>>> ahead = new ArrayDeque<>();
  /** The next page's cursor when nothing is fetched ahead (depth 0). */
  private C onDemand;
  private boolean closed;

  public PrefetchingIterator(PageSource<C, T> source, C firstCursor, Executor executor) {
    this(source, firstCursor, executor, DEFAULT_DEPTH);
  }

  public PrefetchingIterator(PageSource<C, T> source, C firstCursor, Executor executor, int depth) {
    if (depth < 0) {
      throw new IllegalArgumentException("depth must be >= 0");
    }
    this.source = source;
    this.firstCursor = firstCursor;
    this.executor = executor;
    this.depth = depth;
  }

  @Override
  public boolean hasNext() {
    if (closed) {
      return false;
    }
    if (!started) {
      started = true;
      accept(source.fetch(firstCursor));
    }
    while (!current.hasNext()) {
      Page<C, T> page;
      if (!ahead.isEmpty()) {
        page = join(ahead.poll());
      } else if (onDemand != null) {
        C cursor = onDemand;
        onDemand = null;
        page = source.fetch(cursor);
      } else {
        page = null;
      }
      if (page == null) {
        cancelAhead();
        return false;
      }
      accept(page);
    }
    return true;
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return current.next();
  }

  private void accept(Page<C, T> page) {
    current = page.items().iterator();
    C next = page.next();
    if (depth == 0) {
      onDemand = next;
      return;
    }
    if (ahead.isEmpty()) {
      if (next == null) {
        return;
      }
      ahead.add(CompletableFuture.supplyAsync(() -> source.fetch(next), executor));
    }
    while (ahead.size() < depth) {
      ahead.add(ahead.peekLast().thenApplyAsync(
          p -> p == null || p.next() == null ? null : source.fetch(p.next()), executor));
    }
  }

  private void cancelAhead() {
    for (CompletableFuture<Page<C, T>> f : ahead) {
      f.cancel(true);
    }
    ahead.clear();
  }

  private Page<C, T> join(CompletableFuture<Page<C, T>> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SynapseCancelledException("Interrupted while fetching the next page");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() instanceof CompletionException ce ? ce.getCause() : e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** A sequential stream over the remaining items; closing it closes this iterator. */
  public Stream<T> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED), false)
        .onClose(this::close);
  }

  /** Stops prefetching; pages already being fetched are abandoned. */
  @Override
  public void close() {
    closed = true;
    onDemand = null;
    cancelAhead();
  }
}
