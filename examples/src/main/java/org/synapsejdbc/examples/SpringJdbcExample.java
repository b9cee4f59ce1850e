package org.synapsejdbc.examples;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Synapse through Spring's {@link JdbcTemplate} on a HikariCP pool: list your projects, and summarise a Synapse
 * table with a parameterised, pushed-down query mapped to Java records. Without options it uses an embedded
 * local-synapse with demo data; {@code --url jdbc:synapse: --table '"My project"."My table"' --column c --value v}
 * points it at synapse.org (token from SYNAPSE_AUTH_TOKEN or ~/.synapseConfig).
 */
public final class SpringJdbcExample {
  /** One line of the summary. */
  public record SiteSummary(String site, long samples, Double averageAge) {
  }

  private SpringJdbcExample() {
  }

  public static void main(String[] args) throws Exception {
    String url = null;
    String table = "\"local-synapse demo\".\"Demo samples\"";
    String value = "human";
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--url" -> url = args[i + 1];
        case "--table" -> table = args[i + 1];
        case "--species" -> value = args[i + 1];
        default -> throw new IllegalArgumentException("Usage: [--url URL] [--table SCHEMA.TABLE] [--species S]");
      }
    }
    if (url == null) {
      url = "jdbc:synapse:local:" + Files.createTempDirectory("synapse-spring-example-").toAbsolutePath();
    }
    try (HikariDataSource pool = dataSource(url)) {
      JdbcTemplate jdbc = new JdbcTemplate(pool);
      List<String> projects = jdbc.queryForList("SELECT \"name\" FROM synapse.projects ORDER BY \"name\"",
          String.class);
      System.out.println("Your projects: " + projects);
      System.out.println("Samples of species '" + value + "' in " + table + " by site:");
      for (SiteSummary s : summary(jdbc, table, value)) {
        System.out.printf("  %-12s %4d samples, average age %.1f%n", s.site(), s.samples(), s.averageAge());
      }
    }
    System.exit(0);
  }

  /** A HikariCP pool of Synapse connections (the token comes from the driver's usual sources). */
  public static HikariDataSource dataSource(String url) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setDriverClassName("org.synapsejdbc.jdbc.SynapseDriver");
    config.setPoolName("synapse");
    // Each connection holds an HTTP client and caches; a few are plenty for Synapse's 3-concurrent-calls limit.
    config.setMaximumPoolSize(3);
    config.setMinimumIdle(0);
    return new HikariDataSource(config);
  }

  /**
   * Samples per site for one species. The {@code ?} is bound as a safely quoted literal and the whole statement
   * (filter, GROUP BY, aggregates, ORDER BY) runs as one Synapse query.
   */
  public static List<SiteSummary> summary(JdbcTemplate jdbc, String table, String species) {
    return jdbc.query("SELECT \"site\", COUNT(*) AS \"samples\", AVG(CAST(\"age\" AS DOUBLE)) AS \"average_age\" FROM "
            + table + " WHERE \"species\" = ? GROUP BY \"site\" ORDER BY \"site\"",
        (rs, n) -> new SiteSummary(rs.getString("site"), rs.getLong("samples"),
            (Double) rs.getObject("average_age")),
        species);
  }
}
