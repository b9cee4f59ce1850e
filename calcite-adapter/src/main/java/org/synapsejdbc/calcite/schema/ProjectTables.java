package org.synapsejdbc.calcite.schema;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.calcite.linq4j.function.Predicate1;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.lookup.LikePattern;
import org.apache.calcite.schema.lookup.Lookup;
import org.apache.calcite.schema.lookup.Named;
import org.synapsejdbc.client.model.EntityHeader;

/**
 * The tables of a project schema: its table-like entities by folder path ({@code Data/Results/QC}), plus any
 * {@code syn123}/{@code syn123.4} on demand. Listing names lists the project only; ids are never enumerated.
 */
final class ProjectTables implements Lookup<Table> {
  private final SynapseCatalog catalog;
  private final String projectId;

  ProjectTables(SynapseCatalog catalog, String projectId) {
    this.catalog = catalog;
    this.projectId = projectId;
  }

  @Override
  public Table get(String name) {
    var ref = EntityRef.parse(name);
    if (ref.isPresent()) {
      return ref.get().name().equals(name) ? catalog.table(ref.get()) : null;
    }
    EntityHeader h = catalog.tables(projectId).get(name);
    return h == null ? null : catalog.table(h);
  }

  @Override
  public Named<Table> getIgnoreCase(String name) {
    var ref = EntityRef.parse(name);
    if (ref.isPresent()) {
      Table t = catalog.table(ref.get());
      return t == null ? null : new Named<>(ref.get().name(), t);
    }
    Map<String, EntityHeader> tables = catalog.tables(projectId);
    EntityHeader exact = tables.get(name);
    if (exact != null) {
      return new Named<>(name, catalog.table(exact));
    }
    for (Map.Entry<String, EntityHeader> e : tables.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        return new Named<>(e.getKey(), catalog.table(e.getValue()));
      }
    }
    return null;
  }

  @Override
  public Set<String> getNames(LikePattern pattern) {
    Predicate1<String> matcher = pattern.matcher();
    Set<String> names = new TreeSet<>();
    for (String name : catalog.tables(projectId).keySet()) {
      if (matcher.apply(name)) {
        names.add(name);
      }
    }
    return names;
  }
}
