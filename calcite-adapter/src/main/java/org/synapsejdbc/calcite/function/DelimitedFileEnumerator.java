package org.synapsejdbc.calcite.function;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.calcite.linq4j.Enumerator;

/**
 * Streams the records of a delimited text file line by line (the header skipped), padding short lines with nulls
 * and failing on lines with more fields than columns.
 */
final class DelimitedFileEnumerator implements Enumerator<Object[]> {
  private final Path file;
  private final TextLayout layout;
  private final int width;
  private BufferedReader in;
  private Object[] current;
  private long lineNumber;

  DelimitedFileEnumerator(Path file, TextLayout layout, int width) {
    this.file = file;
    this.layout = layout;
    this.width = width;
  }

  @Override
  public Object[] current() {
    return current;
  }

  @Override
  public boolean moveNext() {
    try {
      if (in == null) {
        in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        if (layout.header()) {
          in.readLine();
          lineNumber++;
        }
      }
      String line;
      do {
        line = in.readLine();
        lineNumber++;
      } while (line != null && line.isEmpty());
      if (line == null) {
        return false;
      }
      List<String> fields = TextLayout.split(line, layout.delimiter());
      if (fields.size() > width) {
        throw new IllegalStateException("Line " + lineNumber + " has " + fields.size() + " fields, expected "
            + width);
      }
      Object[] row = new Object[width];
      for (int i = 0; i < fields.size(); i++) {
        row[i] = fields.get(i).isEmpty() ? null : fields.get(i);
      }
      current = row;
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void reset() {
    close();
  }

  @Override
  public void close() {
    if (in != null) {
      try {
        in.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        in = null;
      }
    }
  }
}
