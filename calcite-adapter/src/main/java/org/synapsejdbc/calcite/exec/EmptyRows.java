package org.synapsejdbc.calcite.exec;

/** No rows: what follows a first page that already held the whole result. */
final class EmptyRows implements RowSource {
  @Override
  public String[] next() {
    return null;
  }

  @Override
  public void close() {
  }
}
