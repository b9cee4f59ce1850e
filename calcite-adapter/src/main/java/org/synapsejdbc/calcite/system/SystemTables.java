package org.synapsejdbc.calcite.system;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.calcite.schema.Table;
import org.synapsejdbc.calcite.schema.SynapseCatalog;

/** The system tables of the {@code synapse} schema, by name (see each class for the REST calls behind it). */
public final class SystemTables {
  private SystemTables() {
  }

  public static Map<String, Table> create(SynapseCatalog catalog) {
    EntityCrawler crawler = new EntityCrawler(catalog);
    Map<String, Table> tables = new LinkedHashMap<>();
    tables.put("projects", new ProjectsTable(catalog));
    tables.put("entities", EntitiesTable.all(crawler));
    tables.put("folders", EntitiesTable.folders(crawler));
    tables.put("files", new FilesTable(crawler));
    tables.put("annotations", new AnnotationsTable(crawler));
    tables.put("versions", new VersionsTable(crawler));
    tables.put("provenance", new ProvenanceTable(crawler));
    tables.put("columns", new ColumnsTable(crawler));
    return tables;
  }
}
