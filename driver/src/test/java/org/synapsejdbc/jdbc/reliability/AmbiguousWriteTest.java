package org.synapsejdbc.jdbc.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.ColumnType;
import org.synapsejdbc.client.model.TableEntity;

/**
 * Writes that Synapse applied but whose answer was lost: a proxy drops 20% of the responses to table transaction
 * starts after local-synapse has accepted them. The driver must not re-send such a write (that would duplicate the
 * row); it reports 08S01, and a writer that checks its key finds the row there. 200 single-row INSERTs end as
 * exactly 200 rows.
 */
class AmbiguousWriteTest {
  static final int ROWS = 200;

  @Test
  void insertsWhoseAnswerIsLostAreNeitherDuplicatedNorLost() throws Exception {
    try (ReliabilityFixture fx = new ReliabilityFixture(false, true);
         ResponseDroppingProxy proxy = new ResponseDroppingProxy(fx.synapse.baseUrl(),
             "/table/transaction/async/start", 0.2, 2026L)) {
      TableEntity ledger = fx.table("ambiguous", List.of(
          new ColumnModel().setName("k").setColumnType(ColumnType.STRING).setMaximumSize(20L),
          new ColumnModel().setName("writer").setColumnType(ColumnType.INTEGER)));
      String t = ledger.getId();
      KeyedInserter inserter = new KeyedInserter();
      Properties info = new Properties();
      info.setProperty("authToken", fx.synapse.user1Token());
      long t0 = System.nanoTime();
      assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
        try (Connection c = DriverManager.getConnection("jdbc:synapse://localhost:" + proxy.port(), info)) {
          assertEquals(ROWS, inserter.insert(c, t, "a", 0, ROWS));
        }
      });
      long millis = (System.nanoTime() - t0) / 1_000_000;
      try (Connection c = fx.connect()) {
        assertEquals(List.of(ROWS + "|" + ROWS),
            ReliabilityFixture.rows(c, "SELECT COUNT(*), COUNT(DISTINCT k) FROM " + t));
      }
      assertTrue(proxy.dropped() > 10, "too few responses dropped: " + proxy.dropped());
      assertEquals(proxy.dropped(), inserter.ambiguous.get(), "every dropped answer surfaced as 08S01");
      assertEquals(proxy.dropped(), inserter.foundApplied.get(), "every dropped write had been applied");
      assertEquals(0, inserter.reinserted.get());
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("inserts", ROWS);
      f.put("responsesDroppedAfterApply", proxy.dropped());
      f.put("ambiguousFailures", inserter.ambiguous.get());
      f.put("foundAppliedAfterCheck", inserter.foundApplied.get());
      f.put("millis", millis);
      Figures.record("faults.ambiguousInserts", f);
    }
  }
}
