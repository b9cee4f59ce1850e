package org.synapsejdbc.calcite.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Delimiter and header detection of {@code read_file}. */
class TextLayoutTest {
  @Test
  void tabsWithAHeader() {
    TextLayout l = TextLayout.sniff(List.of("gene\ts1\ts2", "TP53\t1.5\t2", "BRCA1\t\t3.25"));
    assertEquals('\t', l.delimiter());
    assertTrue(l.header());
    assertEquals(List.of("gene", "s1", "s2"), l.columnNames());
  }

  @Test
  void numbersOnlyMeansNoHeader() {
    TextLayout l = TextLayout.sniff(List.of("1,2,3", "4,5,6"));
    assertEquals(',', l.delimiter());
    assertFalse(l.header());
    assertEquals(List.of("c1", "c2", "c3"), l.columnNames());
  }

  @Test
  void quotedDelimitersDoNotCountAndSemicolonsWinWhenConsistent() {
    TextLayout l = TextLayout.sniff(List.of("name;note", "\"a;b\";x,y", "c;\"say \"\"hi\"\"\""));
    assertEquals(';', l.delimiter());
    assertEquals(List.of("a;b", "x,y"), TextLayout.split("\"a;b\";x,y", ';'));
    assertEquals(List.of("c", "say \"hi\""), TextLayout.split("c;\"say \"\"hi\"\"\"", ';'));
  }

  @Test
  void textHeaderOverTextRowsAndDuplicateNames() {
    TextLayout l = TextLayout.sniff(List.of("sample,Sample,tissue", "S1,x,liver", "S2,y,brain"));
    assertTrue(l.header());
    assertEquals(List.of("sample", "Sample_2", "tissue"), l.columnNames());
    assertFalse(TextLayout.sniff(List.of("a,b", "a,c")).header(), "a value repeated below is data, not a name");
  }
}
