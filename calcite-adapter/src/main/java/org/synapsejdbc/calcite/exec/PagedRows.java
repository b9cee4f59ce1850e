package org.synapsejdbc.calcite.exec;

import org.synapsejdbc.client.table.QueryResults;
import org.synapsejdbc.client.table.QueryRow;

/** Rows of a paged table query (one query job per page, {@code pagePrefetch} pages fetched ahead by the client). */
final class PagedRows implements RowSource {
  private final QueryResults results;

  PagedRows(QueryResults results) {
    this.results = results;
  }

  @Override
  public String[] next() {
    if (!results.hasNext()) {
      return null;
    }
    QueryRow row = results.next();
    String[] values = new String[row.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = row.value(i);
    }
    return values;
  }

  @Override
  public void close() {
    results.close();
  }
}
