package org.synapsejdbc.jdbc.install;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code pagePrefetch}: how many result pages are requested ahead while the reader holds the first one, counted in
 * local-synapse's request log (one query job start per page). The wide table's 250 rows come in 52-row pages.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagePrefetchTest {
  private static final int PAGES = 5;
  private CatalogFixture f;

  @BeforeAll
  void start() {
    f = new CatalogFixture();
  }

  @AfterAll
  void stop() {
    f.close();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 3})
  void requestsExactlyThatManyPagesAhead(int prefetch) throws Exception {
    try (Connection c = f.connect("pagePrefetch", String.valueOf(prefetch)); Statement s = c.createStatement()) {
      long before = starts();
      // A filter keeps the statement off the CSV route, so it pages from its first row on.
      try (ResultSet rs = s.executeQuery("SELECT * FROM " + f.wide.getId() + " WHERE \"w0\" LIKE 'row%'")) {
        rs.next();
        long expected = 1 + Math.min(prefetch, PAGES - 1);
        long deadline = System.currentTimeMillis() + 10_000;
        while (starts() - before < expected && System.currentTimeMillis() < deadline) {
          Thread.sleep(20);
        }
        Thread.sleep(500);
        // Nothing more is requested while the reader stays on the first page.
        assertEquals(expected, starts() - before, "pages requested while the first is read");
        int rows = 1;
        while (rs.next()) {
          rows++;
        }
        assertEquals(CatalogFixture.ROWS, rows);
      }
      assertEquals(PAGES, starts() - before, "pages requested in all");
    }
  }

  /** Query job starts against the wide table so far. */
  private long starts() {
    String path = "/repo/v1/entity/" + f.wide.getId() + "/table/query/async/start";
    return f.synapse.requestLog().entries().stream().filter(e -> e.path().equals(path)).count();
  }
}
