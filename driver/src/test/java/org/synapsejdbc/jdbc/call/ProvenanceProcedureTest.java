package org.synapsejdbc.jdbc.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synapsejdbc.client.model.Activity;
import org.synapsejdbc.client.model.Used;
import org.synapsejdbc.client.model.UsedEntity;
import org.synapsejdbc.client.model.UsedURL;

/** set_provenance, read back with {@code GET /entity/{id}/generatedBy}. */
class ProvenanceProcedureTest extends CallTestBase {
  @TempDir
  Path tmp;

  @Test
  void usedAndExecutedEntitiesVersionsAndUrls() throws Exception {
    String project = newProject();
    String input = storeFile(project, "input.csv", "a,b\n1,2\n");
    String output = storeFile(project, "output.csv", "sum\n3\n");
    Map<String, Object> row;
    try (PreparedStatement ps = connection.prepareStatement("CALL set_provenance(?, ?, ?, ?, ?)")) {
      ps.setString(1, output);
      ps.setString(2, "[\"" + input + "\", \"" + input + ".1\"]");
      ps.setString(3, "https://github.com/example/run.py");
      ps.setString(4, "summing");
      ps.setString(5, "adds the columns");
      try (ResultSet rs = ps.executeQuery()) {
        row = single(rs);
      }
    }
    Activity activity = rest.activities().generatedBy(output).orElseThrow();
    assertEquals(activity.getId(), row.get("activity_id"));
    assertEquals("summing", activity.getName());
    assertEquals("adds the columns", activity.getDescription());
    assertEquals(3L, row.get("used_count"));
    assertEquals(1L, row.get("version_number"));
    assertEquals(rest.entities().get(output).getEtag(), row.get("etag"));
    List<Used> used = activity.getUsed();
    assertEquals(3, used.size());
    UsedEntity plain = (UsedEntity) used.stream().filter(u -> u instanceof UsedEntity e
        && e.getReference().getTargetVersionNumber() == null).findFirst().orElseThrow();
    assertEquals(input, plain.getReference().getTargetId());
    assertFalse(plain.getWasExecuted());
    assertTrue(used.stream().anyMatch(u -> u instanceof UsedEntity e
        && Long.valueOf(1).equals(e.getReference().getTargetVersionNumber())));
    UsedURL url = (UsedURL) used.stream().filter(u -> u instanceof UsedURL).findFirst().orElseThrow();
    assertEquals("https://github.com/example/run.py", url.getUrl());
    assertTrue(url.getWasExecuted());
  }

  @Test
  void badItemsAreRefusedBeforeAnythingIsWritten() throws Exception {
    String project = newProject();
    String output = storeFile(project, "out.txt", "x");
    server.requestLog().reset();
    SQLException e = assertThrows(SQLException.class,
        () -> call("CALL set_provenance('" + output + "', 'syn12x, notaurl', NULL)"));
    assertEquals("22023", e.getSQLState());
    assertTrue(e.getMessage().contains("'syn12x'"), e.getMessage());
    SQLException none = assertThrows(SQLException.class,
        () -> call("CALL set_provenance('" + output + "', NULL, NULL)"));
    assertEquals("22023", none.getSQLState());
    assertEquals(0, server.requestLog().count("POST /repo/v1/activity"));
    assertTrue(rest.activities().generatedBy(output).isEmpty());
  }

  @Test
  void aFailedLinkLeavesNoActivityBehind() throws Exception {
    String project = newProject();
    String output = storeFile(project, "shared.txt", "y");
    server.makePublic(project);
    server.requestLog().reset();
    try (Connection user2 = connect(server.user2Token())) {
      SQLException e = assertThrows(SQLException.class, () -> single(user2.createStatement().executeQuery(
          "CALL set_provenance('" + output + "', 'https://example.org/data', NULL)")));
      assertEquals("42501", e.getSQLState());
    }
    assertEquals(1, server.requestLog().count("POST /repo/v1/activity"));
    assertEquals(1, server.requestLog().count("DELETE /repo/v1/activity/{id}"));
    assertTrue(rest.activities().generatedBy(output).isEmpty());
  }

  private String storeFile(String parent, String name, String content) throws Exception {
    Path file = Files.writeString(tmp.resolve(name), content);
    return (String) call("CALL store_file('" + parent + "', '" + file + "')").get("id");
  }
}
