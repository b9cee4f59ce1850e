package org.synapsejdbc.calcite.dml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.synapsejdbc.client.model.PartialRow;
import org.synapsejdbc.client.model.SynapseJson;

/** The counted size of a row is exactly what the shared mapper writes for it, whatever the row holds. */
class RowJsonSizeTest {
  private static final List<String> SAMPLES = List.of("", "plain", "name-123", "quote\"d", "back\\slash", "a/b",
      "tab\there", "new\nline", "bell\u0007", "é accent", "日本語", "emoji \uD83D\uDE00", "\u007F", "[1,2,\"x\"]",
      "1600000000000", "0.123456789", "-42", "true");

  private static void assertExact(PartialRow row) throws Exception {
    assertEquals(SynapseJson.mapper().writeValueAsBytes(row).length, RowJsonSize.of(row), row.toString());
  }

  @Test
  void everyShapeOfRowIsCountedExactly() throws Exception {
    assertExact(new PartialRow().setValues(Map.of()));
    assertExact(new PartialRow().setRowId(17L).setValues(null));
    assertExact(new PartialRow().setRowId(-3L).setEtag("e-\"1").setValues(null));
    Map<String, String> withNull = new LinkedHashMap<>();
    withNull.put("11", null);
    withNull.put("12", "x");
    assertExact(new PartialRow().setRowId(1234567890123L).setValues(withNull));
    assertExact(new PartialRow().setEtag("etag").setValues(withNull));
  }

  @Test
  void randomRowsAreCountedExactly() throws Exception {
    Random random = new Random(8);
    for (int n = 0; n < 2000; n++) {
      Map<String, String> values = new LinkedHashMap<>();
      int columns = random.nextInt(8);
      for (int c = 0; c < columns; c++) {
        String value = random.nextInt(6) == 0 ? null
            : SAMPLES.get(random.nextInt(SAMPLES.size())) + SAMPLES.get(random.nextInt(SAMPLES.size()));
        values.put(Long.toString(100 + random.nextInt(100_000)), value);
      }
      PartialRow row = new PartialRow().setValues(random.nextInt(10) == 0 ? null : values);
      if (random.nextBoolean()) {
        row.setRowId(random.nextLong() >> random.nextInt(63));
      }
      if (random.nextInt(4) == 0) {
        row.setEtag(SAMPLES.get(random.nextInt(SAMPLES.size())));
      }
      assertExact(row);
    }
  }
}
