package org.synapsejdbc.client.paging;

/** Fetches the page at a cursor; the first page is fetched with the source's initial cursor. */
@FunctionalInterface
public interface PageSource<C, T> {
  Page<C, T> fetch(C cursor);
}
