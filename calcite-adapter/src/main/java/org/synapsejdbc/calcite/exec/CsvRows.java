package org.synapsejdbc.calcite.exec;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.synapsejdbc.client.table.CsvResult;

/**
 * Rows of a query downloaded as Synapse CSV (header line skipped, row ids not requested), read record by record
 * from the spooled file; closing deletes the file.
 */
final class CsvRows implements RowSource {
  private final CsvResult csv;
  private final int width;
  private boolean headerSkipped;

  CsvRows(CsvResult csv, int width) {
    this.csv = csv;
    this.width = width;
  }

  @Override
  public String[] next() {
    try {
      if (!headerSkipped) {
        headerSkipped = true;
        if (csv.next() == null) {
          return null;
        }
      }
      String[] record = csv.next();
      if (record != null && record.length != width) {
        throw new IllegalStateException("Synapse CSV record has " + record.length + " fields, expected " + width);
      }
      return record;
    } catch (IOException e) {
      throw new UncheckedIOException("Reading the downloaded CSV failed", e);
    }
  }

  @Override
  public void close() {
    try {
      csv.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
