package org.synapsejdbc.calcite.system;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.synapsejdbc.client.model.Annotations;
import org.synapsejdbc.client.model.AnnotationsValue;

/**
 * {@code synapse.annotations}: one row per annotation value (entity, version, key, type, value as text, position
 * in the list). {@code entity_id} (+ {@code version}) → one {@code annotations2} read; otherwise the entities are
 * found as in {@code entities} and read one by one.
 */
final class AnnotationsTable extends SystemTable {
  private final EntityCrawler crawler;

  AnnotationsTable(EntityCrawler crawler) {
    super(List.of(SystemColumn.text("entity_id"), SystemColumn.number("version"), SystemColumn.text("key"),
        SystemColumn.text("type"), SystemColumn.text("value"), SystemColumn.number("position"),
        SystemColumn.text("parent_id"), SystemColumn.text("project_id")));
    this.crawler = crawler;
  }

  @Override
  Iterator<Object[]> rows(KeyFilter filter) {
    String version = filter.get("version");
    return new FlatMap<>(crawler.entities(filter, "entity_id", EntitiesTable.all(crawler).types()), e -> {
      Annotations a = version != null && e.version() != null
          ? crawler.client().annotations().get(e.id(), Long.parseLong(version))
          : crawler.client().annotations().get(e.id());
      Long v = version != null && e.version() != null ? Long.valueOf(version) : e.version();
      List<Object[]> rows = new ArrayList<>();
      Map<String, AnnotationsValue> values = a.getAnnotations() == null ? Map.of() : new TreeMap<>(a.getAnnotations());
      values.forEach((key, value) -> {
        List<String> list = value.getValue() == null ? List.of() : value.getValue();
        for (int i = 0; i < list.size(); i++) {
          rows.add(new Object[] {e.id(), v, key, value.getType() == null ? null : value.getType().name(),
              list.get(i), (long) i, e.parentId(), e.projectId()});
        }
      });
      return rows.iterator();
    });
  }
}
