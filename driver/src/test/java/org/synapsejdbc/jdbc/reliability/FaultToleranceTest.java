package org.synapsejdbc.jdbc.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synapsejdbc.client.files.Md5;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.ColumnType;
import org.synapsejdbc.client.model.TableEntity;
import org.synapsejdbc.local.http.Faults;

/**
 * Through JDBC, with 10% of requests failing (2.5% each of 503, 500, 429 and connection resets) and 3 ms added
 * latency: a query corpus returns exactly the fault-free rows, 1,000 single-row INSERTs leave exactly 1,000 rows,
 * and a 17 MiB file goes up and comes back with the same MD5.
 */
class FaultToleranceTest {
  static final Faults TEN_PERCENT = Faults.NONE.with503(0.025).with500(0.025).with429(0.025).withReset(0.025)
      .withLatency(3).withSeed(20261125L);

  static ReliabilityFixture fx;

  @BeforeAll
  static void start() {
    fx = new ReliabilityFixture(false, true);
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  @AfterEach
  void faultsOff() {
    fx.synapse.faults(Faults.NONE);
  }

  @Test
  void queryCorpusReturnsTheFaultFreeRowsUnderFaults() throws Exception {
    List<String> corpus = QueryCorpus.over(fx.samples.getId());
    assertTrue(corpus.size() >= 100, "corpus size " + corpus.size());
    Map<String, List<String>> expected = new LinkedHashMap<>();
    try (Connection c = fx.connect()) {
      for (String sql : corpus) {
        expected.put(sql, ReliabilityFixture.rows(c, sql));
      }
    }
    assertEquals(ReliabilityFixture.ROWS,
        expected.get("SELECT name, n, score, flag, grp FROM " + fx.samples.getId()).size());
    long before = Figures.startPhase(fx.synapse);
    fx.synapse.faults(TEN_PERCENT);
    long t0 = System.nanoTime();
    assertTimeoutPreemptively(Duration.ofMinutes(4), () -> {
      try (Connection c = fx.connect()) {
        for (String sql : corpus) {
          assertEquals(expected.get(sql), ReliabilityFixture.rows(c, sql), sql);
        }
      }
    });
    Map<String, Object> f = new LinkedHashMap<>(Figures.statuses(fx.synapse, before));
    f.put("queries", corpus.size());
    f.put("rowsCompared", expected.values().stream().mapToInt(List::size).sum());
    f.put("millis", (System.nanoTime() - t0) / 1_000_000);
    Figures.record("faults.queryCorpus", f);
    assertTrue((Long) f.get("faultsInjected") > 0, "no fault was injected");
  }

  /**
   * Four writers on their own connections insert 250 rows each, one INSERT per row ({@link KeyedInserter}). A write
   * whose outcome is unknown (08S01 after a 5xx or reset on the non-idempotent transaction start) is never re-sent
   * by the driver; the writer checks its row's key and inserts again only if the row is absent. (local-synapse
   * injects its faults before handling a request; {@link AmbiguousWriteTest} covers writes applied but unanswered.)
   */
  @Test
  void thousandSingleRowInsertsLeaveExactlyThousandRows() throws Exception {
    TableEntity ledger = fx.table("ledger " + System.nanoTime(), List.of(
        new ColumnModel().setName("k").setColumnType(ColumnType.STRING).setMaximumSize(20L),
        new ColumnModel().setName("writer").setColumnType(ColumnType.INTEGER)));
    String t = ledger.getId();
    long before = Figures.startPhase(fx.synapse);
    fx.synapse.faults(TEN_PERCENT.withSeed(7L));
    KeyedInserter inserter = new KeyedInserter();
    long t0 = System.nanoTime();
    assertTimeoutPreemptively(Duration.ofMinutes(5), () -> {
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<Integer>> writers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
          int writer = w;
          writers.add(pool.submit(() -> {
            try (Connection c = fx.connect()) {
              return inserter.insert(c, t, "w" + writer, writer, 250);
            }
          }));
        }
        for (Future<Integer> f : writers) {
          assertEquals(250, f.get());
        }
      } finally {
        pool.shutdownNow();
      }
    });
    long millis = (System.nanoTime() - t0) / 1_000_000;
    Map<String, Object> f = new LinkedHashMap<>(Figures.statuses(fx.synapse, before));
    fx.synapse.faults(Faults.NONE);
    try (Connection c = fx.connect()) {
      assertEquals(List.of("1000|1000"), ReliabilityFixture.rows(c, "SELECT COUNT(*), COUNT(DISTINCT k) FROM " + t));
      assertEquals(List.of(), ReliabilityFixture.rows(c,
          "SELECT k FROM " + t + " GROUP BY k HAVING COUNT(*) > 1"));
      assertEquals(List.of("0|250", "1|250", "2|250", "3|250"), ReliabilityFixture.rows(c,
          "SELECT writer, COUNT(*) FROM " + t + " GROUP BY writer ORDER BY writer"));
    }
    f.put("inserts", 1000);
    assertTrue((Long) f.get("faultsInjected") > 50, "too few faults injected: " + f);
    f.put("ambiguousFailures", inserter.ambiguous.get());
    f.put("foundAppliedAfterCheck", inserter.foundApplied.get());
    f.put("reinsertedAfterCheck", inserter.reinserted.get());
    f.put("millis", millis);
    Figures.record("faults.inserts", f);
  }

  @Test
  void filesOver16MiBUploadAndDownloadWithTheSameMd5UnderFaults(@TempDir Path dir) throws Exception {
    Path source = dir.resolve("big.bin");
    Random random = new Random(16);
    byte[] block = new byte[1 << 20];
    try (OutputStream out = Files.newOutputStream(source)) {
      for (int i = 0; i < 17; i++) {
        random.nextBytes(block);
        out.write(block);
      }
      out.write(block, 0, 12345);
    }
    String md5 = Md5.ofFile(source);
    Path downloads = Files.createDirectories(dir.resolve("down"));
    long before = Figures.startPhase(fx.synapse);
    fx.synapse.faults(TEN_PERCENT.withSeed(3L));
    long t0 = System.nanoTime();
    assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
      try (Connection c = fx.connect(); Statement s = c.createStatement()) {
        String id;
        try (ResultSet rs = s.executeQuery("CALL store_file('" + fx.project.getId() + "', '" + source + "')")) {
          assertTrue(rs.next());
          id = rs.getString("id");
          assertEquals(md5, rs.getString("content_md5"));
          assertEquals(Files.size(source), rs.getLong("content_size"));
        }
        try (ResultSet rs = s.executeQuery("CALL download_file('" + id + "', NULL, '" + downloads + "')")) {
          assertTrue(rs.next());
          Path got = Path.of(rs.getString("path"));
          assertEquals(md5, Md5.ofFile(got));
          assertEquals(Files.size(source), Files.size(got));
        }
      }
    });
    Map<String, Object> f = new LinkedHashMap<>(Figures.statuses(fx.synapse, before));
    f.put("bytes", Files.size(source));
    assertTrue((Long) f.get("faultsInjected") > 0, "no fault was injected during the transfers");
    f.put("millis", (System.nanoTime() - t0) / 1_000_000);
    Figures.record("faults.files", f);
  }
}
