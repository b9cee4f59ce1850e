package org.synapsejdbc.calcite.procedure;

import static org.synapsejdbc.calcite.procedure.ProcedureSpec.column;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.sql.type.SqlTypeName;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.model.Annotations;
import org.synapsejdbc.client.model.AnnotationsValue;
import org.synapsejdbc.client.model.SynapseJson;

/**
 * Applies annotation changes to an entity in one etag-checked {@code PUT /annotations2} (read, change, write):
 * a concurrent change surfaces as SQLState 40001 rather than being overwritten.
 */
final class AnnotationWriter {
  static final List<ProcedureSpec.Column> COLUMNS = List.of(
      column("id", SqlTypeName.VARCHAR, "id of the entity"),
      column("etag", SqlTypeName.VARCHAR, "etag of the entity after the change"),
      column("annotations", SqlTypeName.VARCHAR, "all annotations after the change, as Synapse's JSON"));

  private AnnotationWriter() {
  }

  /** @param changes key → new value, null value = remove; {@code replace} drops every key not in changes */
  static List<Object[]> apply(SynapseClient synapse, String id, Map<String, AnnotationsValue> changes,
      boolean replace) {
    Annotations current = Calls.synapse("read the annotations of " + id, () -> synapse.annotations().get(id));
    Map<String, AnnotationsValue> next = new LinkedHashMap<>();
    if (!replace && current.getAnnotations() != null) {
      next.putAll(current.getAnnotations());
    }
    changes.forEach((k, v) -> {
      if (v == null) {
        next.remove(k);
      } else {
        next.put(k, v);
      }
    });
    Annotations updated = Calls.synapse("update the annotations of " + id, () -> synapse.annotations()
        .update(new Annotations().setId(id).setEtag(current.getEtag()).setAnnotations(next)));
    return List.<Object[]>of(new Object[] {id, updated.getEtag(), json(updated.getAnnotations())});
  }

  private static String json(Map<String, AnnotationsValue> annotations) {
    try {
      return SynapseJson.mapper().writeValueAsString(annotations == null ? Map.of() : annotations);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
