package org.synapsejdbc.calcite.system;

import java.util.Iterator;
import java.util.List;
import org.synapsejdbc.client.model.EntityType;
import org.synapsejdbc.client.model.VersionInfo;

/**
 * {@code synapse.versions}: every version of files and tables ({@code GET /entity/{id}/version}, paged), for the
 * entities found as in {@code entities} ({@code entity_id}, {@code parent_id}, {@code project_id}).
 */
final class VersionsTable extends SystemTable {
  private static final List<EntityType> VERSIONED = List.of(EntityType.file, EntityType.table,
      EntityType.entityview, EntityType.submissionview, EntityType.dataset, EntityType.datasetcollection,
      EntityType.materializedview, EntityType.virtualtable, EntityType.dockerrepo);
  private final EntityCrawler crawler;

  VersionsTable(EntityCrawler crawler) {
    super(List.of(SystemColumn.text("entity_id"), SystemColumn.number("version"), SystemColumn.text("label"),
        SystemColumn.text("comment"), SystemColumn.flag("is_latest"), SystemColumn.time("modified_on"),
        SystemColumn.text("modified_by"), SystemColumn.number("content_size"), SystemColumn.text("content_md5")));
    this.crawler = crawler;
  }

  @Override
  Iterator<Object[]> rows(KeyFilter filter) {
    return new FlatMap<>(crawler.entities(filter, "entity_id", VERSIONED), e -> {
      Iterator<VersionInfo> versions = crawler.client().entities().versions(e.id());
      return new Iterator<Object[]>() {
        @Override
        public boolean hasNext() {
          return versions.hasNext();
        }

        @Override
        public Object[] next() {
          VersionInfo v = versions.next();
          return new Object[] {e.id(), v.getVersionNumber(), v.getVersionLabel(), v.getVersionComment(),
              v.getIsLatestVersion(), EntityRow.millis(v.getModifiedOn()), v.getModifiedBy(),
              v.getContentSize() == null ? null : Long.valueOf(v.getContentSize()), v.getContentMd5()};
        }
      };
    });
  }
}
