package org.synapsejdbc.client.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Synapse's CSV encoding (synapse-api.md §7.6): quoted values, null vs empty, doubled quote and escape. */
class SynapseCsvReaderTest {

  @Test
  void nullIsAnEmptyUnquotedFieldAndEmptyStringIsQuoted() throws IOException {
    SynapseCsvReader r = new SynapseCsvReader(new StringReader("\"ROW_ID\",\"a\",\"b\"\n\"1\",,\"\"\n"));
    assertArrayEquals(new String[] {"ROW_ID", "a", "b"}, r.next());
    assertArrayEquals(new String[] {"1", null, ""}, r.next());
    assertNull(r.next());
  }

  @Test
  void doubledQuoteAndDoubledEscapeAreUndone() throws IOException {
    // value 1: say "hi"   value 2: C:\dir\   value 3: a\"b
    String csv = "\"say \"\"hi\"\"\",\"C:\\\\dir\\\\\",\"a\\\\\"\"b\"\n";
    SynapseCsvReader r = new SynapseCsvReader(new StringReader(csv));
    assertArrayEquals(new String[] {"say \"hi\"", "C:\\dir\\", "a\\\"b"}, r.next());
  }

  @Test
  void quotedValuesMaySpanLinesAndCrLfEndsRecords() throws IOException {
    SynapseCsvReader r = new SynapseCsvReader(new StringReader("\"line1\nline2\",\"x\"\r\n\"y\",\r\n"));
    assertArrayEquals(new String[] {"line1\nline2", "x"}, r.next());
    assertArrayEquals(new String[] {"y", null}, r.next());
    assertNull(r.next());
    assertEquals(2, r.recordNumber());
  }

  @Test
  void otherSeparatorAndEscape() throws IOException {
    SynapseCsvReader r = new SynapseCsvReader(new StringReader("'a|b'|'it''s'|\n"), '|', '\'', '\'');
    assertArrayEquals(new String[] {"a|b", "it's", null}, r.next());
  }

  @Test
  void anUnterminatedQuoteIsAnError() {
    SynapseCsvReader r = new SynapseCsvReader(new StringReader("\"open,"));
    assertThrows(IOException.class, r::next);
  }

  @Test
  void readsRecordByRecordWithoutLoadingTheInput() throws IOException {
    // An endless source: the reader must return the first records without reaching the end.
    Reader endless = new Reader() {
      private long n;

      @Override
      public int read(char[] buf, int off, int len) {
        for (int i = 0; i < len; i++) {
          buf[off + i] = "\"v\",\"w\"\n".charAt((int) (n++ % 8));
        }
        return len;
      }

      @Override
      public void close() {}
    };
    SynapseCsvReader r = new SynapseCsvReader(endless);
    for (int i = 0; i < 100_000; i++) {
      assertArrayEquals(new String[] {"v", "w"}, r.next());
    }
  }
}
