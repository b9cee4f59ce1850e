package org.synapsejdbc.calcite.system;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

/** Lazily expands each item of an iterator into zero or more rows (one REST call per item, made when reached). */
final class FlatMap<T> implements Iterator<Object[]> {
  private final Iterator<T> items;
  private final Function<T, Iterator<Object[]>> expand;
  private Iterator<Object[]> current = Collections.emptyIterator();

  FlatMap(Iterator<T> items, Function<T, Iterator<Object[]>> expand) {
    this.items = items;
    this.expand = expand;
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext()) {
      if (!items.hasNext()) {
        return false;
      }
      current = expand.apply(items.next());
    }
    return true;
  }

  @Override
  public Object[] next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return current.next();
  }
}
