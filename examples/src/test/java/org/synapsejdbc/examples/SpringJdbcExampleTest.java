package org.synapsejdbc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.synapsejdbc.jdbc.local.EmbeddedLocalSynapse;

/** The Spring example against an embedded local-synapse with demo data, through a HikariCP pool. */
class SpringJdbcExampleTest {
  private static final String TABLE = "\"local-synapse demo\".\"Demo samples\"";

  @AfterAll
  static void stopServers() {
    EmbeddedLocalSynapse.stopAll();
  }

  @Test
  void summarisesTheDemoTableThroughThePool(@TempDir Path temp) {
    try (HikariDataSource pool = SpringJdbcExample.dataSource("jdbc:synapse:local:" + temp.resolve("store"))) {
      JdbcTemplate jdbc = new JdbcTemplate(pool);
      assertTrue(jdbc.queryForList("SELECT \"name\" FROM synapse.projects", String.class)
          .contains(TutorialOptions.DEMO_PROJECT));
      List<SpringJdbcExample.SiteSummary> summary = SpringJdbcExample.summary(jdbc, TABLE, "human");
      assertFalse(summary.isEmpty());
      summary.forEach(s -> assertTrue(s.samples() > 0 && s.averageAge() != null, s.toString()));
      // Synapse compares text case-insensitively: 'human' matches 'Human' too. Count those rows in Java.
      long expected = jdbc.queryForList("SELECT \"species\" FROM " + TABLE, String.class).stream()
          .filter("human"::equalsIgnoreCase).count();
      assertTrue(expected > 0);
      assertEquals(expected, summary.stream().mapToLong(SpringJdbcExample.SiteSummary::samples).sum());
      assertTrue(pool.getHikariPoolMXBean().getTotalConnections() >= 1);
    }
  }
}
