package org.synapsejdbc.jdbc.call;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the procedures wrote, read back with SQL through the {@code synapse} system tables: file versions,
 * provenance and annotations (the tutorial's round trip, entirely from a SQL client).
 */
class SqlReadBackTest extends CallTestBase {
  @TempDir
  Path tmp;

  @Test
  void versionsProvenanceAndAnnotationsThroughSystemTables() throws Exception {
    String project = (String) call("CALL create_project('" + unique("Read Back") + "')").get("id");
    String folder = (String) call("CALL create_folder('" + project + "', 'data')").get("id");
    Path v1 = Files.writeString(Files.createDirectories(tmp.resolve("a")).resolve("counts.csv"), "a\n1\n");
    Path v2 = Files.writeString(Files.createDirectories(tmp.resolve("b")).resolve("counts.csv"), "a\n1\n2\n");
    String input = (String) call("CALL store_file('" + folder + "', '" + v1 + "')").get("id");
    call("CALL store_file('" + folder + "', '" + v2 + "')");
    Path script = Files.writeString(tmp.resolve("summary.txt"), "total 3");
    String output = (String) call("CALL store_file('" + folder + "', '" + script + "')").get("id");
    call("CALL set_provenance('" + output + "', '" + input + ".1', 'https://example.org/sum.py', 'sum')");
    call("CALL set_annotations('" + output + "', '{\"total\":3,\"unit\":\"rows\"}')");

    assertEquals(List.of(Map.of("version", 1L), Map.of("version", 2L)),
        query("SELECT version FROM synapse.versions WHERE entity_id = ? ORDER BY version", input));

    List<Map<String, Object>> provenance = query("SELECT activity_name, used_entity_id, used_version, used_url, "
        + "executed FROM synapse.provenance WHERE entity_id = ? ORDER BY used_url NULLS FIRST", output);
    assertEquals(2, provenance.size(), provenance.toString());
    assertEquals("sum", provenance.get(0).get("activity_name"));
    assertEquals(input, provenance.get(0).get("used_entity_id"));
    assertEquals(1L, ((Number) provenance.get(0).get("used_version")).longValue());
    assertEquals(false, provenance.get(0).get("executed"));
    assertEquals("https://example.org/sum.py", provenance.get(1).get("used_url"));
    assertEquals(true, provenance.get(1).get("executed"));

    assertEquals(List.of(Map.of("key", "total", "type", "LONG", "value", "3"),
        Map.of("key", "unit", "type", "STRING", "value", "rows")),
        query("SELECT \"key\", \"type\", \"value\" FROM synapse.annotations WHERE entity_id = ? ORDER BY \"key\"",
            output));
  }

  private List<Map<String, Object>> query(String sql, String id) throws Exception {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        List<Map<String, Object>> rows = rows(rs);
        for (Map<String, Object> row : rows) {
          row.replaceAll((k, v) -> v instanceof Integer i ? Long.valueOf(i) : v);
        }
        return rows;
      }
    }
  }
}
