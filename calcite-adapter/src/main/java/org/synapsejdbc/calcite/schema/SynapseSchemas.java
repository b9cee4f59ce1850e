package org.synapsejdbc.calcite.schema;

import com.google.common.collect.Multimap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.schema.Function;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.lookup.LikePattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synapsejdbc.client.model.ProjectHeader;

/**
 * Puts Synapse into a connection's root schema: the {@code synapse} system schema at once, the project schemas
 * when they are first listed ({@link #syncProjects}), since the root schema offers no lazy lookup of its own.
 */
public final class SynapseSchemas {
  /** Name of the system schema. */
  public static final String SYSTEM = "synapse";
  private static final Logger LOG = LoggerFactory.getLogger(SynapseSchemas.class);

  private SynapseSchemas() {
  }

  /**
   * Adds the {@code synapse} schema (no request is made). The root must not cache (a connection opened through
   * {@link UncachedRootFactory}): tables found by id are never listed, and a caching root would not find them.
   */
  public static SchemaPlus install(SchemaPlus root, SynapseCatalog catalog, Map<String, Table> systemTables,
      Multimap<String, Function> functions) {
    if (root.isCacheEnabled()) {
      throw new IllegalArgumentException("The Synapse schemas need a non-caching root schema "
          + "(open the connection through " + UncachedRootFactory.class.getName() + ")");
    }
    return root.add(SYSTEM, new SystemSchema(catalog, systemTables, functions));
  }


  /**
   * Adds a root schema for each of the caller's projects not yet there, and removes those of projects gone from the
   * list (one cached {@code GET /projects}).
   * Does nothing when the root has no Synapse system schema.
   */
  public static void syncProjects(SchemaPlus root) {
    SchemaPlus system = root.subSchemas().get(SYSTEM);
    SystemSchema schema = system == null ? null : system.unwrap(SystemSchema.class);
    if (schema == null) {
      return;
    }
    List<ProjectHeader> projects = schema.catalog().projects();
    dropGoneProjects(root, projects);
    for (ProjectHeader p : projects) {
      SchemaPlus existing = root.subSchemas().get(p.getName());
      if (existing == null) {
        root.add(p.getName(), new ProjectSchema(schema.catalog(), p));
      } else if (existing.unwrap(ProjectSchema.class) == null) {
        LOG.warn("Project '{}' ({}) is not shown as a schema: the name is taken by another schema", p.getName(),
            p.getId());
      }
    }
  }

  /** Removes project schemas whose project is no longer listed under that name (deleted, renamed, unshared). */
  private static void dropGoneProjects(SchemaPlus root, List<ProjectHeader> projects) {
    Map<String, String> idsByName = new HashMap<>();
    projects.forEach(p -> idsByName.put(p.getName(), p.getId()));
    CalciteSchema calciteRoot = root.unwrap(CalciteSchema.class);
    if (calciteRoot == null) {
      return;
    }
    for (String name : root.subSchemas().getNames(LikePattern.any())) {
      CalciteSchema s = calciteRoot.getSubSchema(name, true);
      if (s != null && s.schema instanceof ProjectSchema project
          && !project.projectId().equals(idsByName.get(name))) {
        calciteRoot.removeSubSchema(name);
      }
    }
  }

  /** The Synapse description of a table, for {@code REMARKS}; null when it has none or is not a Synapse table. */
  public static String remarks(Table table) {
    return table instanceof Described d ? d.description() : null;
  }
}
