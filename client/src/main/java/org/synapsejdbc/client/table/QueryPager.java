package org.synapsejdbc.client.table;

import java.io.InputStream;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.synapsejdbc.client.async.AsyncJobRunner;
import org.synapsejdbc.client.async.JobOptions;
import org.synapsejdbc.client.http.Service;
import org.synapsejdbc.client.model.Query;
import org.synapsejdbc.client.model.QueryBundleRequest;
import org.synapsejdbc.client.model.SynapseJson;
import org.synapsejdbc.client.paging.Page;
import org.synapsejdbc.client.paging.PrefetchingIterator;

/**
 * Pages through a table query with our own offset/limit (the next-page routes are deprecated): one query job per
 * page, page limit = min(rows still wanted, {@code maxRowsPerPage} learnt from the first page, page-size cap),
 * stopping at the first short page or when the overall limit is reached.
 */
public final class QueryPager {
  private final AsyncJobRunner jobs;
  private final QueryPageDecoder decoder;
  private final Executor executor;

  public QueryPager(AsyncJobRunner jobs, QueryPageDecoder decoder, Executor executor) {
    this.jobs = jobs;
    this.decoder = decoder;
    this.executor = executor;
  }

  public QueryResults open(QueryRequest request, JobOptions options) {
    FirstPage first = new FirstPage();
    long baseOffset = request.query().getOffset() == null ? 0 : request.query().getOffset();
    Long remaining = request.maxRows();
    if (request.query().getLimit() != null) {
      remaining = remaining == null ? request.query().getLimit() : Math.min(remaining, request.query().getLimit());
    }
    QueryCursor start = new QueryCursor(baseOffset, remaining, min(remaining, request.pageSize()));
    PrefetchingIterator<QueryCursor, QueryRow> rows =
        new PrefetchingIterator<>(cursor -> fetch(request, cursor, first, options), start, executor,
            request.prefetch());
    return new QueryResults(rows, first);
  }

  private Page<QueryCursor, QueryRow> fetch(QueryRequest request, QueryCursor cursor, FirstPage first,
      JobOptions options) {
    if (cursor.remaining() != null && cursor.remaining() == 0) {
      first.set(new QueryPage(null, null, null, java.util.List.of(), null, null, null, null, null));
      return new Page<>(java.util.List.of(), null);
    }
    boolean isFirst = first.page() == null;
    Query query = SynapseJson.mapper().convertValue(request.query(), Query.class)
        .setOffset(cursor.offset())
        .setLimit(cursor.pageLimit());
    long mask = QueryRequest.PART_RESULTS;
    if (isFirst) {
      mask |= QueryRequest.PART_SELECT_COLUMNS | QueryRequest.PART_MAX_ROWS_PER_PAGE | request.firstPageExtraParts();
    }
    QueryBundleRequest body = new QueryBundleRequest().setEntityId(request.entityId()).setQuery(query)
        .setPartMask(mask);
    first.requested.incrementAndGet();
    // Query starts are read-only and de-duplicated by Synapse, so re-sending one is harmless.
    QueryPage page = jobs.run(Service.REPO, "/entity/" + request.entityId() + "/table/query/async", body, true,
        (status, b) -> {
          try (InputStream in = b.byteStream()) {
            return decoder.decode(in);
          }
        }, options);
    if (isFirst) {
      first.set(page);
    }
    Long maxPerPage = first.page().maxRowsPerPage();
    long expected = expectedRows(cursor.pageLimit(), maxPerPage);
    int got = page.rows().size();
    Long remaining = cursor.remaining() == null ? null : cursor.remaining() - got;
    boolean more = got > 0 && got >= expected && (remaining == null || remaining > 0);
    QueryCursor next = more ? new QueryCursor(cursor.offset() + got, remaining,
        min(min(remaining, request.pageSize()), maxPerPage)) : null;
    return new Page<>(page.rows(), next);
  }

  private static long expectedRows(Long pageLimit, Long maxRowsPerPage) {
    if (pageLimit == null) {
      return maxRowsPerPage == null ? Long.MAX_VALUE : maxRowsPerPage;
    }
    return maxRowsPerPage == null ? pageLimit : Math.min(pageLimit, maxRowsPerPage);
  }

  private static Long min(Long a, Long b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : Math.min(a, b);
  }

  /** Holds the first page's metadata for {@link QueryResults}. */
  static final class FirstPage {
    private volatile QueryPage page;
    final AtomicInteger requested = new AtomicInteger();

    QueryPage page() {
      return page;
    }

    void set(QueryPage p) {
      page = p;
    }

    int pagesRequested() {
      return requested.get();
    }
  }
}
