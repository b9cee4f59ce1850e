package org.synapsejdbc.calcite.exec;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which generated statements count as an unfiltered scan (the only ones that may use the CSV route). */
class StatementShapeTest {
  @Test
  void plainScansWithProjectionOrOrder() {
    assertTrue(StatementShape.of("SELECT \"a\", \"b\" FROM syn1").isPlainScan());
    assertTrue(StatementShape.of("SELECT * FROM syn1.3 ORDER BY \"a\" DESC").isPlainScan());
  }

  @Test
  void keywordsInsideNamesOrLiteralsDoNotCount() {
    assertTrue(StatementShape.of("SELECT \"where\", \"limit\" FROM syn1").isPlainScan());
    assertTrue(StatementShape.of("SELECT \"a \"\" WHERE\" FROM syn1").isPlainScan());
  }

  @Test
  void filtersGroupingLimitsAndDistinctAreNot() {
    assertFalse(StatementShape.of("SELECT \"a\" FROM syn1 WHERE \"a\" = 'x'").isPlainScan());
    assertFalse(StatementShape.of("SELECT \"a\", COUNT(*) FROM syn1 GROUP BY \"a\"").isPlainScan());
    assertFalse(StatementShape.of("SELECT \"a\" FROM syn1 LIMIT 10").isPlainScan());
    assertFalse(StatementShape.of("SELECT DISTINCT \"a\" FROM syn1").isPlainScan());
  }
}
