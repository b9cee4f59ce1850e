package org.synapsejdbc.calcite.schema;

import org.apache.calcite.schema.Schema;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;
import org.apache.calcite.schema.lookup.Lookup;
import org.synapsejdbc.client.model.ProjectHeader;

/** One Synapse project as a Calcite schema: its tables and views (folder paths kept in the names). */
public final class ProjectSchema extends AbstractSchema {
  private final SynapseCatalog catalog;
  private final ProjectHeader project;
  private final Lookup<Table> tables;

  ProjectSchema(SynapseCatalog catalog, ProjectHeader project) {
    this.catalog = catalog;
    this.project = project;
    this.tables = new ProjectTables(catalog, project.getId());
  }

  public String projectId() {
    return project.getId();
  }

  public String projectName() {
    return project.getName();
  }

  @Override
  public Lookup<Table> tables() {
    return tables;
  }

  @Override
  public Lookup<? extends Schema> subSchemas() {
    return new ProjectSchemas(catalog);
  }

  @Override
  public boolean isMutable() {
    return false;
  }
}
