package org.synapsejdbc.client.table;

import java.util.Iterator;
import java.util.List;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.SelectColumn;
import org.synapsejdbc.client.paging.PrefetchingIterator;

/**
 * The rows of a paged table query, fetched page by page (next page prefetched) by our own offset/limit; the
 * first page's metadata (headers, maxRowsPerPage, count, schema) is available once iteration has begun or after
 * {@link #first()}.
 */
public final class QueryResults implements Iterator<QueryRow>, AutoCloseable {
  private final PrefetchingIterator<QueryCursor, QueryRow> rows;
  private final QueryPager.FirstPage first;

  QueryResults(PrefetchingIterator<QueryCursor, QueryRow> rows, QueryPager.FirstPage first) {
    this.rows = rows;
    this.first = first;
  }

  /** Fetches the first page if needed and returns its metadata. */
  public QueryPage first() {
    rows.hasNext();
    return first.page();
  }

  public List<SelectColumn> headers() {
    return first().headers();
  }

  public Long maxRowsPerPage() {
    return first().maxRowsPerPage();
  }

  public Long queryCount() {
    return first().queryCount();
  }

  public List<ColumnModel> columnModels() {
    return first().columnModels();
  }

  /** Pages fetched so far (including one being prefetched). */
  public int pagesRequested() {
    return first.pagesRequested();
  }

  @Override
  public boolean hasNext() {
    return rows.hasNext();
  }

  @Override
  public QueryRow next() {
    return rows.next();
  }

  @Override
  public void close() {
    rows.close();
  }
}
