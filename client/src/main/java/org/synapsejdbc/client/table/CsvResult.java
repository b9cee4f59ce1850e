package org.synapsejdbc.client.table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.synapsejdbc.client.model.DownloadFromTableResult;
import org.synapsejdbc.client.model.SelectColumn;

/**
 * A table query result downloaded as Synapse CSV into a temporary file and read back record by record; closing
 * it deletes the file.
 */
public final class CsvResult implements AutoCloseable {
  private final DownloadFromTableResult result;
  private final Path file;
  private final SynapseCsvReader reader;

  public CsvResult(DownloadFromTableResult result, Path file, SynapseCsvReader reader) {
    this.result = result;
    this.file = file;
    this.reader = reader;
  }

  /** The data columns (without ROW_ID/ROW_VERSION/ROW_ETAG) as Synapse describes them. */
  public List<SelectColumn> headers() {
    return result.getHeaders();
  }

  public DownloadFromTableResult result() {
    return result;
  }

  /** The next CSV record (the first one is the header line when {@code writeHeader} was true), or null. */
  public String[] next() throws IOException {
    return reader.next();
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
