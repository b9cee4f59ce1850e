package org.synapsejdbc.calcite.system;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.synapsejdbc.client.model.EntityType;

/**
 * {@code synapse.entities} (and {@code synapse.folders}): id, name, type, parent, project, version and audit
 * fields. Served by {@code id} → one bundle, {@code parent_id} → one children listing, {@code project_id} → that
 * project's folders, nothing → the caller's projects.
 */
final class EntitiesTable extends SystemTable {
  static final List<SystemColumn> COLUMNS = List.of(SystemColumn.text("id"), SystemColumn.text("name"),
      SystemColumn.text("type"), SystemColumn.text("parent_id"), SystemColumn.text("project_id"),
      SystemColumn.number("version"), SystemColumn.time("created_on"), SystemColumn.time("modified_on"),
      SystemColumn.text("created_by"), SystemColumn.text("modified_by"));

  private final EntityCrawler crawler;
  private final List<EntityType> types;

  EntitiesTable(EntityCrawler crawler, List<EntityType> types) {
    super(COLUMNS);
    this.crawler = crawler;
    this.types = types;
  }

  static EntitiesTable all(EntityCrawler crawler) {
    List<EntityType> types = new ArrayList<>(EntityCrawler.ALL_TYPES);
    types.add(EntityType.project);
    return new EntitiesTable(crawler, types);
  }

  static EntitiesTable folders(EntityCrawler crawler) {
    return new EntitiesTable(crawler, List.of(EntityType.folder));
  }

  List<EntityType> types() {
    return types;
  }

  @Override
  Iterator<Object[]> rows(KeyFilter filter) {
    return new FlatMap<>(crawler.entities(filter, "id", types), e -> List.<Object[]>of(row(e)).iterator());
  }

  static Object[] row(EntityRow e) {
    return new Object[] {e.id(), e.name(), e.type(), e.parentId(), e.projectId(), e.version(),
        EntityRow.millis(e.createdOn()), EntityRow.millis(e.modifiedOn()), e.createdBy(), e.modifiedBy()};
  }
}
