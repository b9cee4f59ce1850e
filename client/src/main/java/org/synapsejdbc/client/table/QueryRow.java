package org.synapsejdbc.client.table;

import java.util.Arrays;
import java.util.List;

/**
 * One result row as Synapse sends it: row id and version (null for aggregate queries), the entity etag (views
 * queried with {@code includeEntityEtag}) and the cell values as strings or null, aligned with the page headers.
 */
public final class QueryRow {
  private final Long rowId;
  private final Long versionNumber;
  private final String etag;
  private final String[] values;

  public QueryRow(Long rowId, Long versionNumber, String etag, String[] values) {
    this.rowId = rowId;
    this.versionNumber = versionNumber;
    this.etag = etag;
    this.values = values;
  }

  public Long rowId() {
    return rowId;
  }

  public Long versionNumber() {
    return versionNumber;
  }

  public String etag() {
    return etag;
  }

  public int size() {
    return values.length;
  }

  /** The value of column {@code index} (0-based), a string or null. */
  public String value(int index) {
    return values[index];
  }

  public List<String> values() {
    return Arrays.asList(values);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof QueryRow r && java.util.Objects.equals(rowId, r.rowId)
        && java.util.Objects.equals(versionNumber, r.versionNumber) && java.util.Objects.equals(etag, r.etag)
        && Arrays.equals(values, r.values);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(rowId, versionNumber, etag, Arrays.hashCode(values));
  }

  @Override
  public String toString() {
    return "QueryRow{rowId=" + rowId + ", version=" + versionNumber + ", values=" + Arrays.toString(values) + "}";
  }
}
