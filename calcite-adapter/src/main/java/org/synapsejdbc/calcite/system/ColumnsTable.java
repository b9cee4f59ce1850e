package org.synapsejdbc.calcite.system;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.EntityType;
import org.synapsejdbc.client.model.TableBundle;

/**
 * {@code synapse.columns}: the schema of tables and views (table, position, column id, name, Synapse type, sizes,
 * facet), read with {@code bundle2}/{@code includeTableBundle} per table found as in {@code entities}
 * ({@code table_id}, {@code parent_id}, {@code project_id}).
 */
final class ColumnsTable extends SystemTable {
  private static final List<EntityType> TABLES = List.of(EntityType.table, EntityType.entityview,
      EntityType.submissionview, EntityType.dataset, EntityType.datasetcollection, EntityType.materializedview,
      EntityType.virtualtable);
  private final EntityCrawler crawler;

  ColumnsTable(EntityCrawler crawler) {
    super(List.of(SystemColumn.text("table_id"), SystemColumn.text("table_name"), SystemColumn.number("position"),
        SystemColumn.text("column_id"), SystemColumn.text("name"), SystemColumn.text("type"),
        SystemColumn.number("maximum_size"), SystemColumn.number("maximum_list_length"),
        SystemColumn.text("facet_type"), SystemColumn.text("default_value"), SystemColumn.text("project_id")));
    this.crawler = crawler;
  }

  @Override
  Iterator<Object[]> rows(KeyFilter filter) {
    return new FlatMap<>(crawler.entities(filter, "table_id", TABLES), e -> {
      TableBundle b = crawler.client().columns().tableBundle(e.id());
      List<ColumnModel> columns = b == null || b.getColumnModels() == null ? List.of() : b.getColumnModels();
      List<Object[]> rows = new ArrayList<>();
      for (int i = 0; i < columns.size(); i++) {
        ColumnModel c = columns.get(i);
        rows.add(new Object[] {e.id(), e.name(), (long) i + 1, c.getId(), c.getName(),
            c.getColumnType() == null ? null : c.getColumnType().name(), c.getMaximumSize(),
            c.getMaximumListLength(), c.getFacetType() == null ? null : c.getFacetType().name(),
            c.getDefaultValue(), e.projectId()});
      }
      return rows.iterator();
    });
  }
}
