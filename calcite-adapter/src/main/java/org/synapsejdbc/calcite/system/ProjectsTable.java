package org.synapsejdbc.calcite.system;

import java.util.Iterator;
import java.util.List;
import org.synapsejdbc.calcite.schema.SynapseCatalog;

/** {@code synapse.projects}: the projects shared with the caller ({@code GET /projects}, cached per user). */
final class ProjectsTable extends SystemTable {
  private final SynapseCatalog catalog;

  ProjectsTable(SynapseCatalog catalog) {
    super(List.of(SystemColumn.text("id"), SystemColumn.text("name"), SystemColumn.time("modified_on"),
        SystemColumn.time("last_activity")));
    this.catalog = catalog;
  }

  @Override
  Iterator<Object[]> rows(KeyFilter filter) {
    return catalog.projects().stream().map(p -> new Object[] {p.getId(), p.getName(),
        EntityRow.millis(p.getModifiedOn()), EntityRow.millis(p.getLastActivity())}).iterator();
  }
}
