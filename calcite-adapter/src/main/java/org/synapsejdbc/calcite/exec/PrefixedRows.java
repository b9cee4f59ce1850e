package org.synapsejdbc.calcite.exec;

import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import org.synapsejdbc.client.table.QueryRow;

/**
 * Rows already received (the first page of a large scan) followed by the rows of a second source opened only when
 * they are used up (the CSV download of the rest).
 */
final class PrefixedRows implements RowSource {
  private final Iterator<QueryRow> prefix;
  private final Supplier<RowSource> rest;
  private RowSource opened;

  PrefixedRows(List<QueryRow> prefix, Supplier<RowSource> rest) {
    this.prefix = prefix.iterator();
    this.rest = rest;
  }

  @Override
  public String[] next() {
    if (prefix.hasNext()) {
      QueryRow row = prefix.next();
      return row.values().toArray(new String[0]);
    }
    if (opened == null) {
      opened = rest.get();
    }
    return opened.next();
  }

  @Override
  public void close() {
    if (opened != null) {
      opened.close();
    }
  }
}
