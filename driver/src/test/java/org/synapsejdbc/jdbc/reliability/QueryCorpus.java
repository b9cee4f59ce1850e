package org.synapsejdbc.jdbc.reliability;

import java.util.ArrayList;
import java.util.List;

/** A fixed corpus of read queries over the fixture's {@code samples} table: filters, sorts, paging, aggregates. */
final class QueryCorpus {
  private QueryCorpus() {
  }

  static List<String> over(String table) {
    List<String> q = new ArrayList<>();
    String cols = "name, n, score, flag, grp";
    for (int lo = 0; lo < 100; lo += 10) {
      q.add("SELECT " + cols + " FROM " + table + " WHERE n >= " + lo + " AND n < " + (lo + 25) + " ORDER BY name");
      q.add("SELECT COUNT(*), SUM(n), MIN(score), MAX(score) FROM " + table + " WHERE n > " + lo);
    }
    for (int g = 0; g < 5; g++) {
      q.add("SELECT name, n FROM " + table + " WHERE grp = 'g" + g + "' ORDER BY n DESC, name");
      q.add("SELECT name FROM " + table + " WHERE grp <> 'g" + g + "' AND flag ORDER BY name LIMIT 20");
      q.add("SELECT COUNT(*) FROM " + table + " WHERE grp IN ('g" + g + "', 'g" + ((g + 2) % 5) + "')");
      q.add("SELECT name, score FROM " + table + " WHERE grp = 'G" + g + "' AND score BETWEEN 1 AND 4 ORDER BY name");
    }
    for (int d = 0; d < 10; d++) {
      q.add("SELECT name FROM " + table + " WHERE name LIKE 'sample-" + d + "%' ORDER BY name");
      q.add("SELECT name, n FROM " + table + " ORDER BY name LIMIT 15 OFFSET " + (d * 17));
      q.add("SELECT name FROM " + table + " WHERE n = " + (d * 7) + " OR score = " + (d * 0.5) + " ORDER BY name");
    }
    for (int k = 0; k < 6; k++) {
      q.add("SELECT grp, COUNT(*), SUM(n), AVG(score) FROM " + table + " WHERE n > " + (k * 15)
          + " GROUP BY grp ORDER BY grp");
      q.add("SELECT DISTINCT grp FROM " + table + " WHERE score > " + k + " ORDER BY grp");
      q.add("SELECT flag, COUNT(n), MAX(n) FROM " + table + " WHERE score < " + (k + 1) + " GROUP BY flag ORDER BY flag");
    }
    for (int k = 0; k < 5; k++) {
      q.add("SELECT name, score FROM " + table + " WHERE score >= " + k + " ORDER BY score DESC, name LIMIT 10");
    }
    q.add("SELECT " + cols + " FROM " + table);
    q.add("SELECT name FROM " + table + " WHERE n IS NULL ORDER BY name");
    q.add("SELECT COUNT(*) FROM " + table + " WHERE n IS NOT NULL AND NOT flag");
    q.add("SELECT UPPER(name), n * 2 FROM " + table + " WHERE n < 10 ORDER BY n, name");
    q.add("SELECT grp, COUNT(*) FROM " + table + " GROUP BY grp HAVING COUNT(*) > 39 ORDER BY grp");
    q.add("SELECT CHAR_LENGTH(name), COUNT(*) FROM " + table + " GROUP BY CHAR_LENGTH(name) ORDER BY 1");
    q.add("SELECT a.name, b.name FROM " + table + " a JOIN " + table + " b ON a.n = b.n AND a.name < b.name "
        + "WHERE a.grp = 'g1' ORDER BY a.name, b.name");
    q.add("SELECT name FROM " + table + " WHERE n IN (SELECT MAX(n) FROM " + table + ") ORDER BY name");
    q.add("SELECT name, n FROM " + table + " WHERE n NOT IN (1, 2, 3, 4, 5) AND n < 20 ORDER BY name");
    q.add("SELECT COUNT(DISTINCT grp), COUNT(DISTINCT n) FROM " + table);
    return q;
  }
}
