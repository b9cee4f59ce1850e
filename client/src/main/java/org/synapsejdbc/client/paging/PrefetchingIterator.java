package org.synapsejdbc.client.paging;

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
 * {@code hasNext()}, and while one page is being consumed the next one is fetched in the background. At most two
 * pages are held in memory.
 */
public final class PrefetchingIterator<C, T> implements Iterator<T>, AutoCloseable {
  private final PageSource<C, T> source;
  private final Executor executor;
  private final C firstCursor;
  private boolean started;
  private Iterator<T> current = List.<T>of().iterator();
  private CompletableFuture<Page<C, T>> nextPage;
  private boolean closed;

  public PrefetchingIterator(PageSource<C, T> source, C firstCursor, Executor executor) {
    this.source = source;
    this.firstCursor = firstCursor;
    this.executor = executor;
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
      if (nextPage == null) {
        return false;
      }
      accept(join(nextPage));
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
    nextPage = next == null ? null : CompletableFuture.supplyAsync(() -> source.fetch(next), executor);
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

  /** Stops prefetching; a page already being fetched is abandoned. */
  @Override
  public void close() {
    closed = true;
    if (nextPage != null) {
      nextPage.cancel(true);
      nextPage = null;
    }
  }
}
