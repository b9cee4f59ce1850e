package org.synapsejdbc.calcite.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Table names that are entity ids. */
class EntityRefTest {
  @Test
  void idsAndSnapshotsInAnyCase() {
    assertEquals(Optional.of(new EntityRef("syn123", null)), EntityRef.parse("syn123"));
    assertEquals(Optional.of(new EntityRef("syn123", 4L)), EntityRef.parse("SYN123.4"));
    assertEquals("syn123.4", EntityRef.parse("Syn123.4").orElseThrow().name());
    assertEquals("syn7", EntityRef.parse("syn007").orElseThrow().id());
  }

  @Test
  void otherNamesAreNotIds() {
    assertTrue(EntityRef.parse("syn").isEmpty());
    assertTrue(EntityRef.parse("syn12a").isEmpty());
    assertTrue(EntityRef.parse("Data/syn12").isEmpty());
    assertTrue(EntityRef.parse("syn1.2.3").isEmpty());
  }
}
