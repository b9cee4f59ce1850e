package org.synapsejdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.synapsejdbc.jdbc.doc.PropertyTable;

class PropertyTableTest {
  @Test
  void oneRowPerPropertyInEnumOrder() {
    List<String> lines = PropertyTable.markdown().lines().toList();
    assertEquals("| Property | Default | Allowed values | Description |", lines.get(0));
    assertEquals(SynapseProperty.values().length + 2, lines.size());
    for (int i = 0; i < SynapseProperty.values().length; i++) {
      assertTrue(lines.get(i + 2).startsWith("| `" + SynapseProperty.values()[i].key() + "` |"), lines.get(i + 2));
    }
  }

  @Test
  void rowsShowDefaultsChoicesAndUrlRestrictions() {
    String table = PropertyTable.markdown();
    assertTrue(table.contains("| `consistency` | `eventual` | `eventual`, `wait` | "), table);
    assertTrue(table.contains("| `ssl` |  | `true`, `false` | "), table);
    String authToken = table.lines().filter(l -> l.startsWith("| `authToken` |")).findFirst().orElseThrow();
    assertTrue(authToken.endsWith("Not allowed in the URL. |"), authToken);
    table.lines().skip(2).forEach(l -> assertEquals(5, l.split("(?<!\\\\)\\|", -1).length - 1, l));
  }
}
