package org.synapsejdbc.calcite.system;

import java.util.Iterator;
import java.util.List;
import org.synapsejdbc.client.model.EntityBundle;
import org.synapsejdbc.client.model.EntityBundleRequest;
import org.synapsejdbc.client.model.EntityType;
import org.synapsejdbc.client.model.FileEntity;
import org.synapsejdbc.client.model.FileHandle;

/**
 * {@code synapse.files}: file entities with their file handle (name, content type, size, MD5). The entities are
 * found as in {@code entities}; each then costs one {@code bundle2} with {@code includeFileHandles}.
 */
final class FilesTable extends SystemTable {
  private final EntityCrawler crawler;

  FilesTable(EntityCrawler crawler) {
    super(List.of(SystemColumn.text("id"), SystemColumn.text("name"), SystemColumn.text("parent_id"),
        SystemColumn.text("project_id"), SystemColumn.number("version"), SystemColumn.text("file_name"),
        SystemColumn.text("content_type"), SystemColumn.number("content_size"), SystemColumn.text("content_md5"),
        SystemColumn.text("file_handle_id"), SystemColumn.time("modified_on")));
    this.crawler = crawler;
  }

  @Override
  Iterator<Object[]> rows(KeyFilter filter) {
    return new FlatMap<>(crawler.entities(filter, "id", List.of(EntityType.file)), e -> {
      EntityBundle b = crawler.client().entities().bundle(e.id(), new EntityBundleRequest().setIncludeEntity(true)
          .setIncludeFileHandles(true));
      FileEntity f = (FileEntity) b.getEntity();
      FileHandle h = b.getFileHandles() == null ? null : b.getFileHandles().stream()
          .filter(x -> x.getId().equals(f.getDataFileHandleId())).findFirst().orElse(null);
      return List.<Object[]>of(new Object[] {f.getId(), f.getName(), f.getParentId(), e.projectId(),
          f.getVersionNumber(), h == null ? null : h.getFileName(), h == null ? null : h.getContentType(),
          h == null ? null : h.getContentSize(), h == null ? null : h.getContentMd5(), f.getDataFileHandleId(),
          EntityRow.millis(f.getModifiedOn())}).iterator();
    });
  }
}
