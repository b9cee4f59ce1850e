package org.synapsejdbc.calcite.procedure;

import static org.synapsejdbc.calcite.procedure.ProcedureSpec.column;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.calcite.sql.type.SqlTypeName;
import org.synapsejdbc.client.model.Entity;
import org.synapsejdbc.client.model.Versionable;

/**
 * The result columns every entity-changing procedure starts with ({@code id, name, entity_type, parent_id,
 * version_number, etag, action}) and the row values for them.
 */
final class EntityResults {
  static final List<ProcedureSpec.Column> COLUMNS = List.of(
      column("id", SqlTypeName.VARCHAR, "Synapse id of the entity, e.g. syn123"),
      column("name", SqlTypeName.VARCHAR, "name of the entity"),
      column("entity_type", SqlTypeName.VARCHAR, "project, folder, file, table, entityview, ..."),
      column("parent_id", SqlTypeName.VARCHAR, "id of the parent container (for projects: the Synapse root)"),
      column("version_number", SqlTypeName.BIGINT, "version of the entity after the call (NULL if not versioned)"),
      column("etag", SqlTypeName.VARCHAR, "etag of the entity after the call"),
      column("action", SqlTypeName.VARCHAR, "what happened: created, new_version, trashed, ..."));

  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("Project", "project"), Map.entry("Folder", "folder"), Map.entry("FileEntity", "file"),
      Map.entry("Link", "link"), Map.entry("TableEntity", "table"), Map.entry("EntityView", "entityview"),
      Map.entry("SubmissionView", "submissionview"), Map.entry("Dataset", "dataset"),
      Map.entry("DatasetCollection", "datasetcollection"), Map.entry("MaterializedView", "materializedview"),
      Map.entry("VirtualTable", "virtualtable"), Map.entry("DockerRepository", "dockerrepo"));

  private EntityResults() {
  }

  /** The common columns followed by {@code extra}. */
  static List<ProcedureSpec.Column> with(ProcedureSpec.Column... extra) {
    List<ProcedureSpec.Column> all = new ArrayList<>(COLUMNS);
    all.addAll(Arrays.asList(extra));
    return List.copyOf(all);
  }

  /** One row: the common values for {@code e}, then {@code extra}. */
  static Object[] row(Entity e, String action, Object... extra) {
    Object[] row = new Object[COLUMNS.size() + extra.length];
    row[0] = e.getId();
    row[1] = e.getName();
    row[2] = type(e);
    row[3] = e.getParentId();
    row[4] = e instanceof Versionable v ? v.getVersionNumber() : null;
    row[5] = e.getEtag();
    row[6] = action;
    System.arraycopy(extra, 0, row, COLUMNS.size(), extra.length);
    return row;
  }

  /** Synapse's lower-case entity type name, e.g. {@code file} for a FileEntity. */
  static String type(Entity e) {
    String concrete = e.getConcreteType();
    String simple = concrete == null ? e.getClass().getSimpleName()
        : concrete.substring(concrete.lastIndexOf('.') + 1);
    return TYPES.getOrDefault(simple, simple.toLowerCase(java.util.Locale.ROOT));
  }
}
