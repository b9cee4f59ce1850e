package org.synapsejdbc.client.table;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams records out of a CSV written by Synapse's table download: every non-null value quoted, null as an empty
 * unquoted field, and inside quotes the quote character and the escape character each doubled
 * ({@code synapse-api.md} §7.6). Reads one record at a time; quoted values may span lines.
 */
public final class SynapseCsvReader implements Closeable {
  private static final int EOF = -1;

  private final Reader in;
  private final char separator;
  private final char quote;
  private final char escape;
  private final char[] buffer = new char[64 * 1024];
  private int pos;
  private int limit;
  private long recordNumber;

  /** A reader with Synapse's default descriptor: separator {@code ,}, quote {@code "}, escape {@code \}. */
  public SynapseCsvReader(Reader in) {
    this(in, ',', '"', '\\');
  }

  public SynapseCsvReader(Reader in, char separator, char quote, char escape) {
    this.in = in;
    this.separator = separator;
    this.quote = quote;
    this.escape = escape;
  }

  /** The next record (null values for empty unquoted fields), or null at the end of the input. */
  public String[] next() throws IOException {
    int c = read();
    if (c == EOF) {
      return null;
    }
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    while (true) {
      if (c == quote) {
        readQuoted(field);
        fields.add(field.toString());
        field.setLength(0);
        c = read();
        // Anything between the closing quote and the separator is not Synapse output; keep it rather than lose it.
        while (c != separator && c != '\n' && c != '\r' && c != EOF) {
          fields.set(fields.size() - 1, fields.get(fields.size() - 1) + (char) c);
          c = read();
        }
      } else {
        while (c != separator && c != '\n' && c != '\r' && c != EOF) {
          field.append((char) c);
          c = read();
        }
        fields.add(field.length() == 0 ? null : field.toString());
        field.setLength(0);
      }
      if (c == separator) {
        c = read();
        if (c == '\n' || c == '\r' || c == EOF) {
          fields.add(null); // trailing separator: a final null field
          break;
        }
        continue;
      }
      break;
    }
    if (c == '\r') {
      int n = peek();
      if (n == '\n') {
        read();
      }
    }
    recordNumber++;
    return fields.toArray(new String[0]);
  }

  /** How many records were returned so far (the header counts). */
  public long recordNumber() {
    return recordNumber;
  }

  private void readQuoted(StringBuilder field) throws IOException {
    while (true) {
      int c = read();
      if (c == EOF) {
        throw new IOException("CSV record " + (recordNumber + 1) + " ends inside a quoted value");
      }
      if (c == quote) {
        if (peek() == quote) {
          read();
          field.append(quote);
          continue;
        }
        return;
      }
      if (c == escape && escape != quote) {
        int n = peek();
        if (n == escape || n == quote) {
          read();
          field.append((char) n);
          continue;
        }
      }
      field.append((char) c);
    }
  }

  private int read() throws IOException {
    if (pos == limit && !fill()) {
      return EOF;
    }
    return buffer[pos++];
  }

  private int peek() throws IOException {
    if (pos == limit && !fill()) {
      return EOF;
    }
    return buffer[pos];
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer, 0, buffer.length);
    if (n <= 0) {
      return false;
    }
    pos = 0;
    limit = n;
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
