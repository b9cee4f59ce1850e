package org.synapsejdbc.client.table;

import java.util.Objects;
import org.synapsejdbc.client.model.Query;
import org.synapsejdbc.client.paging.PrefetchingIterator;

/**
 * What to page through: the table/view id the job runs against, the query (SQL, filters, sort...), an overall row
 * limit (null = all rows), an optional page-size cap below {@code maxRowsPerPage}, and extra parts of the bundle
 * wanted with the first page ({@link #PART_COUNT}, {@link #PART_COLUMN_MODELS}, ...), and how many pages are fetched
 * ahead while the current one is read ({@code prefetch}, default 1; 0 = each page on demand).
 */
public record QueryRequest(String entityId, Query query, Long maxRows, Long pageSize, long firstPageExtraParts,
    int prefetch) {
  public static final long PART_RESULTS = 0x1;
  public static final long PART_COUNT = 0x2;
  public static final long PART_SELECT_COLUMNS = 0x4;
  public static final long PART_MAX_ROWS_PER_PAGE = 0x8;
  public static final long PART_COLUMN_MODELS = 0x10;
  public static final long PART_LAST_UPDATED_ON = 0x80;

  public QueryRequest {
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(query, "query");
    if (maxRows != null && maxRows < 0 || pageSize != null && pageSize < 1) {
      throw new IllegalArgumentException("maxRows must be >= 0 and pageSize >= 1");
    }
    if (prefetch < 0) {
      throw new IllegalArgumentException("prefetch must be >= 0");
    }
  }

  /** A request that prefetches one page. */
  public QueryRequest(String entityId, Query query, Long maxRows, Long pageSize, long firstPageExtraParts) {
    this(entityId, query, maxRows, pageSize, firstPageExtraParts, PrefetchingIterator.DEFAULT_DEPTH);
  }

  /** All rows of {@code sql} run against {@code entityId}, default paging. */
  public static QueryRequest of(String entityId, String sql) {
    return new QueryRequest(entityId, new Query().setSql(sql), null, null, 0);
  }

  public QueryRequest withMaxRows(Long n) {
    return new QueryRequest(entityId, query, n, pageSize, firstPageExtraParts, prefetch);
  }

  public QueryRequest withPageSize(Long n) {
    return new QueryRequest(entityId, query, maxRows, n, firstPageExtraParts, prefetch);
  }

  public QueryRequest withFirstPageParts(long parts) {
    return new QueryRequest(entityId, query, maxRows, pageSize, parts, prefetch);
  }

  public QueryRequest withPrefetch(int pages) {
    return new QueryRequest(entityId, query, maxRows, pageSize, firstPageExtraParts, pages);
  }
}
