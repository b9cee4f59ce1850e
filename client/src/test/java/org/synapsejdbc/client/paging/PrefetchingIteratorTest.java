package org.synapsejdbc.client.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Prefetch depth of {@link PrefetchingIterator}: how many pages are requested ahead of the one being read. */
class PrefetchingIteratorTest {
  /** Runs fetches on the calling thread, so "requested ahead" is exact when hasNext() returns. */
  private static final Executor NOW = Runnable::run;

  /** Five pages of two items each; the cursor is the page number. */
  private static PageSource<Integer, Integer> pages(AtomicInteger fetched) {
    return page -> {
      fetched.incrementAndGet();
      return new Page<>(List.of(page * 2, page * 2 + 1), page < 4 ? page + 1 : null);
    };
  }

  @Test
  void fetchesTheConfiguredNumberOfPagesAhead() {
    for (int depth : new int[] {0, 1, 2, 3, 10}) {
      AtomicInteger fetched = new AtomicInteger();
      PrefetchingIterator<Integer, Integer> it = new PrefetchingIterator<>(pages(fetched), 0, NOW, depth);
      assertEquals(0, fetched.get(), "nothing before the first hasNext()");
      it.next();
      assertEquals(1 + Math.min(depth, 4), fetched.get(), "depth " + depth);
      List<Integer> all = new ArrayList<>(List.of(0));
      it.forEachRemaining(all::add);
      assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), all, "depth " + depth);
      assertEquals(5, fetched.get(), "every page exactly once at depth " + depth);
    }
  }

  @Test
  void depthZeroFetchesOnlyWhenAPageIsNeeded() {
    AtomicInteger fetched = new AtomicInteger();
    PrefetchingIterator<Integer, Integer> it = new PrefetchingIterator<>(pages(fetched), 0, NOW, 0);
    it.next();
    it.next();
    assertEquals(1, fetched.get());
    it.next();
    assertEquals(2, fetched.get());
  }

  @Test
  void closeStopsFetchingAndNegativeDepthIsRefused() {
    AtomicInteger fetched = new AtomicInteger();
    PrefetchingIterator<Integer, Integer> it = new PrefetchingIterator<>(pages(fetched), 0, NOW, 1);
    it.next();
    it.close();
    assertEquals(false, it.hasNext());
    assertEquals(2, fetched.get());
    assertThrows(IllegalArgumentException.class, () -> new PrefetchingIterator<>(pages(fetched), 0, NOW, -1));
  }
}
