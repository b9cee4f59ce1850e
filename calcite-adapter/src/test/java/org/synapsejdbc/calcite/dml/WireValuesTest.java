package org.synapsejdbc.calcite.dml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.synapsejdbc.client.model.ColumnType;

/** Calcite runtime values become the strings Synapse expects in a PartialRow. */
class WireValuesTest {
  @Test
  void scalars() {
    assertEquals("42", WireValues.encode(ColumnType.INTEGER, 42L));
    assertEquals("7", WireValues.encode(ColumnType.USERID, 7));
    assertEquals("1.5", WireValues.encode(ColumnType.DOUBLE, 1.5d));
    assertEquals("NaN", WireValues.encode(ColumnType.DOUBLE, Double.NaN));
    assertEquals("-Infinity", WireValues.encode(ColumnType.DOUBLE, Double.NEGATIVE_INFINITY));
    assertEquals("true", WireValues.encode(ColumnType.BOOLEAN, true));
    assertEquals("1704164645006", WireValues.encode(ColumnType.DATE, 1704164645006L));
    assertEquals("1704164645006", WireValues.encode(ColumnType.DATE, new Timestamp(1704164645006L)));
    assertEquals("syn123", WireValues.encode(ColumnType.ENTITYID, "syn123"));
    assertEquals("Zoë", WireValues.encode(ColumnType.STRING, "Zoë"));
    assertNull(WireValues.encode(ColumnType.STRING, null));
  }

  @Test
  void listsAreJsonArrays() {
    assertEquals("[\"a\",\"b \\\"q\\\"\"]", WireValues.encode(ColumnType.STRING_LIST, List.of("a", "b \"q\"")));
    assertEquals("[1,2]", WireValues.encode(ColumnType.INTEGER_LIST, List.of(1L, 2L)));
    assertEquals("[true,null]", WireValues.encode(ColumnType.BOOLEAN_LIST, Arrays.asList(true, null)));
    assertEquals("[5]", WireValues.encode(ColumnType.DATE_LIST, List.of(5L)));
    assertEquals("[\"3\"]", WireValues.encode(ColumnType.USERID_LIST, List.of(3L)));
  }
}
