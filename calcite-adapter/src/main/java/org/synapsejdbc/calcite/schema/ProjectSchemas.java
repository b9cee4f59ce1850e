package org.synapsejdbc.calcite.schema;

import java.util.Set;
import org.apache.calcite.schema.Schema;
import org.apache.calcite.schema.lookup.LikePattern;
import org.apache.calcite.schema.lookup.Lookup;
import org.apache.calcite.schema.lookup.Named;

/**
 * The caller's projects as schemas, looked up by name from the cached project list. Every Synapse schema offers
 * them as sub-schemas, so that {@code "My Project"."table"} resolves from whichever schema is the default. They are
 * found by name but never enumerated here: Calcite walks enumerable sub-schemas on every statement (lattices), and
 * JDBC metadata lists the projects as root schemas instead ({@link SynapseSchemas#syncProjects}).
 */
final class ProjectSchemas implements Lookup<Schema> {
  private final SynapseCatalog catalog;

  ProjectSchemas(SynapseCatalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public Schema get(String name) {
    return catalog.project(name, false).map(p -> (Schema) new ProjectSchema(catalog, p)).orElse(null);
  }

  @Override
  public Named<Schema> getIgnoreCase(String name) {
    return catalog.project(name, true).map(p -> new Named<Schema>(p.getName(), new ProjectSchema(catalog, p)))
        .orElse(null);
  }

  @Override
  public Set<String> getNames(LikePattern pattern) {
    return Set.of();
  }
}
