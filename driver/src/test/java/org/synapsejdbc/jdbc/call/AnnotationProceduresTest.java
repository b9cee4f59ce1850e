package org.synapsejdbc.jdbc.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.CallableStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.synapsejdbc.client.model.Annotations;
import org.synapsejdbc.client.model.AnnotationsValue;
import org.synapsejdbc.client.model.AnnotationsValueType;

/** set_annotations and set_annotation, checked against {@code GET /entity/{id}/annotations2}. */
class AnnotationProceduresTest extends CallTestBase {

  @Test
  void plainJsonInfersTypesAndMergesWithWhatIsThere() throws SQLException {
    String project = newProject();
    String folder = (String) call("CALL create_folder('" + project + "', 'annotated')").get("id");
    Map<String, Object> row = call("CALL set_annotations('" + folder + "', '{\"species\":\"human\",\"age\":42,"
        + "\"score\":0.5,\"tags\":[\"a\",\"b\"],\"ok\":true}')");
    Annotations a = rest.annotations().get(folder);
    assertEquals(value(AnnotationsValueType.STRING, "human"), a.getAnnotations().get("species"));
    assertEquals(value(AnnotationsValueType.LONG, "42"), a.getAnnotations().get("age"));
    assertEquals(value(AnnotationsValueType.DOUBLE, "0.5"), a.getAnnotations().get("score"));
    assertEquals(value(AnnotationsValueType.STRING, "a", "b"), a.getAnnotations().get("tags"));
    assertEquals(value(AnnotationsValueType.BOOLEAN, "true"), a.getAnnotations().get("ok"));
    assertEquals(rest.entities().get(folder).getEtag(), row.get("etag"));
    assertEquals(a.getEtag(), row.get("etag"));
    assertTrue(((String) row.get("annotations")).contains("\"species\":{\"type\":\"STRING\",\"value\":[\"human\"]}"),
        (String) row.get("annotations"));

    call("CALL set_annotations('" + folder + "', '{\"age\":43,\"species\":null}')");
    a = rest.annotations().get(folder);
    assertEquals(Set.of("age", "score", "tags", "ok"), a.getAnnotations().keySet());
    assertEquals(value(AnnotationsValueType.LONG, "43"), a.getAnnotations().get("age"));

    call("CALL set_annotations('" + folder + "', '{\"only\":{\"type\":\"TIMESTAMP_MS\",\"value\":[\"1700000000000\"]}}',"
        + " true)");
    a = rest.annotations().get(folder);
    assertEquals(Map.of("only", value(AnnotationsValueType.TIMESTAMP_MS, "1700000000000")), a.getAnnotations());
  }

  @Test
  void singleAnnotationWithTypesThroughPrepareCall() throws SQLException {
    String project = newProject();
    try (CallableStatement cs = connection.prepareCall("{call set_annotation(?, ?, ?, ?)}")) {
      cs.setString(1, project);
      cs.setString(2, "count");
      cs.setString(3, "7");
      cs.setString(4, "LONG");
      cs.executeQuery().close();
      cs.setString(2, "collected");
      cs.setString(3, "2024-01-02T03:04:05Z");
      cs.setString(4, "TIMESTAMP_MS");
      try (ResultSet rs = cs.executeQuery()) {
        assertEquals(project, single(rs).get("id"));
      }
      cs.setString(2, "note");
      cs.setString(3, "plain text");
      cs.setNull(4, Types.VARCHAR);
      cs.executeQuery().close();
    }
    Annotations a = rest.annotations().get(project);
    assertEquals(value(AnnotationsValueType.LONG, "7"), a.getAnnotations().get("count"));
    assertEquals(value(AnnotationsValueType.TIMESTAMP_MS, "1704164645000"), a.getAnnotations().get("collected"));
    assertEquals(value(AnnotationsValueType.STRING, "plain text"), a.getAnnotations().get("note"));

    call("CALL set_annotation('" + project + "', 'note', NULL)");
    assertEquals(Set.of("count", "collected"), rest.annotations().get(project).getAnnotations().keySet());
  }

  @Test
  void badValuesAreDataErrorsAndChangeNothing() throws SQLException {
    String project = newProject();
    call("CALL set_annotation('" + project + "', 'keep', 'me')");
    String etag = rest.entities().get(project).getEtag();
    SQLException notLong = assertThrows(SQLException.class,
        () -> call("CALL set_annotation('" + project + "', 'n', 'abc', 'LONG')"));
    assertEquals("22023", notLong.getSQLState());
    assertTrue(notLong.getMessage().contains("'abc'") && notLong.getMessage().contains("LONG"),
        notLong.getMessage());
    SQLException badJson = assertThrows(SQLException.class,
        () -> call("CALL set_annotations('" + project + "', '{not json')"));
    assertEquals("22023", badJson.getSQLState());
    SQLException badType = assertThrows(SQLException.class,
        () -> call("CALL set_annotation('" + project + "', 'n', '1', 'INT128')"));
    assertEquals("22023", badType.getSQLState());
    SQLException mixed = assertThrows(SQLException.class,
        () -> call("CALL set_annotations('" + project + "', '{\"m\":[1,\"x\"]}')"));
    assertEquals("22023", mixed.getSQLState());
    assertEquals(etag, rest.entities().get(project).getEtag());
  }

  @Test
  void theValueMustBeGivenEvenIfNull() throws SQLException {
    String project = newProject();
    call("CALL set_annotation('" + project + "', 'keep', 'me')");
    String etag = rest.entities().get(project).getEtag();
    SQLException e = assertThrows(SQLException.class, () -> call("CALL set_annotation('" + project + "', 'keep')"));
    assertEquals("42883", e.getSQLState());
    assertEquals(etag, rest.entities().get(project).getEtag());
    assertEquals(Map.of("keep", List.of("me")), rest.annotations().get(project).getAnnotations().entrySet().stream()
        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, x -> x.getValue().getValue())));
  }

  @Test
  void synapseRefusesAnInvalidKeyWithItsReason() throws SQLException {
    String project = newProject();
    SQLException e = assertThrows(SQLException.class,
        () -> call("CALL set_annotation('" + project + "', 'bad key!', 'x')"));
    assertEquals("22023", e.getSQLState());
    assertTrue(e.getMessage().contains("HTTP 400"), e.getMessage());
    assertEquals(Map.of(), rest.annotations().get(project).getAnnotations());
  }

  private static AnnotationsValue value(AnnotationsValueType type, String... values) {
    return new AnnotationsValue().setType(type).setValue(List.of(values));
  }
}
