package org.synapsejdbc.calcite.schema;

import java.util.Set;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.lookup.LikePattern;
import org.apache.calcite.schema.lookup.Lookup;
import org.apache.calcite.schema.lookup.Named;

/** Tables named by entity id ({@code syn123}, {@code syn123.4}), resolved on demand and never listed. */
final class EntityIdTables implements Lookup<Table> {
  private final SynapseCatalog catalog;

  EntityIdTables(SynapseCatalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public Table get(String name) {
    return EntityRef.parse(name).filter(r -> r.name().equals(name)).map(catalog::table).orElse(null);
  }

  @Override
  public Named<Table> getIgnoreCase(String name) {
    return EntityRef.parse(name).map(r -> {
      Table t = catalog.table(r);
      return t == null ? null : new Named<>(r.name(), t);
    }).orElse(null);
  }

  @Override
  public Set<String> getNames(LikePattern pattern) {
    return Set.of();
  }
}
