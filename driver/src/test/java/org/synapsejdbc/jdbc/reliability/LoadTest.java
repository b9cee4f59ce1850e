package org.synapsejdbc.jdbc.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.synapsejdbc.jdbc.reliability.ReliabilityFixture.SampleRow;
import org.synapsejdbc.local.http.RequestLog;

/**
 * 8 threads share a pool of 4 JDBC connections (one user) and run 200 parameterised queries each against a
 * local-synapse whose throttles are on (3 concurrent, 600 per minute per user): the driver keeps itself under
 * both limits, so the server never answers 429; every result equals the one computed from the generated data.
 * {@code -Dreliability.load.queriesPerThread=N} changes the 200 (the 600-per-minute budget makes the default run
 * take about five minutes).
 */
class LoadTest {
  static final int THREADS = 8;
  static final int POOL = 4;
  static final int QUERIES = Integer.getInteger("reliability.load.queriesPerThread", 200);

  @Test
  void eightThreadsOnOnePoolNeverSeeA429AndGetCorrectResults() throws Exception {
    try (ReliabilityFixture fx = new ReliabilityFixture(true, false)) {
      String t = fx.samples.getId();
      BlockingQueue<Connection> pool = new ArrayBlockingQueue<>(POOL);
      for (int i = 0; i < POOL; i++) {
        pool.add(fx.connect());
      }
      long before = Figures.startPhase(fx.synapse);
      long t0 = System.nanoTime();
      try {
        assertTimeoutPreemptively(Duration.ofMinutes(9), () -> {
          ExecutorService threads = Executors.newFixedThreadPool(THREADS);
          try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int w = 0; w < THREADS; w++) {
              long seed = w;
              results.add(threads.submit(() -> run(pool, t, new Random(seed))));
            }
            for (Future<Integer> f : results) {
              assertEquals(QUERIES, f.get(8, TimeUnit.MINUTES));
            }
          } finally {
            threads.shutdownNow();
          }
        });
      } finally {
        for (Connection c : pool) {
          c.close();
        }
      }
      long millis = (System.nanoTime() - t0) / 1_000_000;
      long throttled = fx.synapse.requestLog().entries().stream().filter(e -> e.status() == 429).count();
      Map<String, Object> f = new LinkedHashMap<>(Figures.statuses(fx.synapse, before));
      f.put("threads", THREADS);
      f.put("poolSize", POOL);
      f.put("queries", THREADS * QUERIES);
      f.put("millis", millis);
      Figures.record("load", f);
      assertEquals(0, throttled, "the server answered 429: " + f);
      assertEquals(0L, fx.synapse.requestLog().entries().stream().map(RequestLog.Entry::status)
          .filter(s -> s >= 400).count(), "errors: " + f);
    }
  }

  private static int run(BlockingQueue<Connection> pool, String t, Random random) throws Exception {
    for (int q = 0; q < QUERIES; q++) {
      Connection c = pool.poll(2, TimeUnit.MINUTES);
      if (c == null) {
        throw new AssertionError("no pooled connection within 2 minutes (deadlock?)");
      }
      try {
        switch (q % 3) {
          case 0 -> sumInRange(c, t, random.nextInt(100), random.nextInt(100));
          case 1 -> namesOfGroup(c, t, "g" + random.nextInt(5), random.nextInt(100));
          default -> countsPerGroup(c, t, random.nextDouble() * 6);
        }
      } finally {
        pool.add(c);
      }
    }
    return QUERIES;
  }

  private static void sumInRange(Connection c, String t, int a, int b) throws SQLException {
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    long count = 0;
    long sum = 0;
    for (int i = 0; i < ReliabilityFixture.ROWS; i++) {
      Long n = SampleRow.of(i).n();
      if (n != null && n >= lo && n <= hi) {
        count++;
        sum += n;
      }
    }
    try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*), SUM(n) FROM " + t + " WHERE n BETWEEN ? AND ?")) {
      p.setInt(1, lo);
      p.setInt(2, hi);
      assertEquals(List.of(count + "|" + (count == 0 ? null : sum)), rows(p), "range " + lo + ".." + hi);
    }
  }

  private static void namesOfGroup(Connection c, String t, String grp, int below) throws SQLException {
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < ReliabilityFixture.ROWS; i++) {
      SampleRow r = SampleRow.of(i);
      if (r.grp().equals(grp) && r.n() != null && r.n() < below) {
        expected.add(r.name());
      }
    }
    expected.sort(null);
    try (PreparedStatement p = c.prepareStatement("SELECT name FROM " + t + " WHERE grp = ? AND n < ?")) {
      p.setString(1, grp);
      p.setInt(2, below);
      List<String> got = rows(p);
      got.sort(null);
      assertEquals(expected, got, grp + " below " + below);
    }
  }

  private static void countsPerGroup(Connection c, String t, double minScore) throws SQLException {
    Map<String, Integer> expected = new TreeMap<>();
    for (int i = 0; i < ReliabilityFixture.ROWS; i++) {
      SampleRow r = SampleRow.of(i);
      if (r.score() > minScore) {
        expected.merge(r.grp(), 1, Integer::sum);
      }
    }
    List<String> lines = new ArrayList<>();
    expected.forEach((g, n) -> lines.add(g + "|" + n));
    try (PreparedStatement p = c.prepareStatement(
        "SELECT grp, COUNT(*) FROM " + t + " WHERE score > ? GROUP BY grp ORDER BY grp")) {
      p.setDouble(1, minScore);
      assertEquals(lines, rows(p), "score > " + minScore);
    }
  }

  private static List<String> rows(PreparedStatement p) throws SQLException {
    try (ResultSet rs = p.executeQuery()) {
      return ReliabilityFixture.rows(rs);
    }
  }
}
