package org.synapsejdbc.calcite.system;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synapsejdbc.calcite.schema.SynapseCatalog;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.error.SynapseForbiddenException;
import org.synapsejdbc.client.error.SynapseNotFoundException;
import org.synapsejdbc.client.model.Entity;
import org.synapsejdbc.client.model.EntityBundle;
import org.synapsejdbc.client.model.EntityBundleRequest;
import org.synapsejdbc.client.model.EntityHeader;
import org.synapsejdbc.client.model.EntityType;
import org.synapsejdbc.client.model.ProjectHeader;
import org.synapsejdbc.client.model.Versionable;
import org.synapsejdbc.client.paging.PrefetchingIterator;

/**
 * Finds the entities a system-table scan needs with the cheapest REST calls its filters allow: {@code id = 'syn1'}
 * reads one bundle; {@code parent_id = ...} lists one container; {@code project_id = ...} walks that project's
 * folders; without a filter it walks the caller's own projects, at most {@link #MAX_ENTITIES} entities.
 */
final class EntityCrawler {
  static final int MAX_ENTITIES = 100_000;
  private static final Logger LOG = LoggerFactory.getLogger(EntityCrawler.class);
  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("Project", "project"), Map.entry("Folder", "folder"), Map.entry("FileEntity", "file"),
      Map.entry("Link", "link"), Map.entry("TableEntity", "table"), Map.entry("EntityView", "entityview"),
      Map.entry("SubmissionView", "submissionview"), Map.entry("Dataset", "dataset"),
      Map.entry("DatasetCollection", "datasetcollection"), Map.entry("MaterializedView", "materializedview"),
      Map.entry("VirtualTable", "virtualtable"), Map.entry("DockerRepository", "dockerrepo"));

  private final SynapseCatalog catalog;

  EntityCrawler(SynapseCatalog catalog) {
    this.catalog = catalog;
  }

  SynapseClient client() {
    return catalog.client();
  }

  /** The lower-case Synapse entity type of a class name ({@code org...FileEntity} → {@code file}). */
  static String typeOf(String concreteType) {
    if (concreteType == null) {
      return null;
    }
    String simple = concreteType.substring(concreteType.lastIndexOf('.') + 1);
    return TYPES.getOrDefault(simple, simple.toLowerCase(Locale.ROOT));
  }

  /** Entities of the given types matching the filter's id, parent or project (else all the caller's projects). */
  Iterator<EntityRow> entities(KeyFilter filter, String idColumn, List<EntityType> types) {
    String id = filter.get(idColumn);
    if (id != null) {
      EntityRow row = one(id);
      return row == null || !isOneOf(row.type(), types) ? List.<EntityRow>of().iterator()
          : List.of(row).iterator();
    }
    String parent = filter.get("parent_id");
    if (parent != null) {
      EntityRow p = one(parent);
      if (p == null) {
        return List.<EntityRow>of().iterator();
      }
      String project = "project".equals(p.type()) ? p.id() : p.projectId();
      List<String[]> roots = new ArrayList<>();
      roots.add(new String[] {parent, project});
      return walk(roots, types, false);
    }
    String project = filter.get("project_id");
    List<String[]> roots = new ArrayList<>();
    if (project != null) {
      roots.add(new String[] {project, project});
    } else {
      for (ProjectHeader p : catalog.projects()) {
        roots.add(new String[] {p.getId(), p.getId()});
      }
    }
    return walk(roots, types, true);
  }

  /** Whether a lower-case type name is one of the types (names Synapse adds later are never wanted). */
  private static boolean isOneOf(String type, List<EntityType> types) {
    for (EntityType t : types) {
      if (t.name().equals(type)) {
        return true;
      }
    }
    return false;
  }

  /** One entity by id with its project (one {@code bundle2}), or null when it cannot be read. */
  EntityRow one(String id) {
    EntityBundle b;
    try {
      b = client().entities().bundle(id, new EntityBundleRequest().setIncludeEntity(true)
          .setIncludeEntityPath(true));
    } catch (SynapseNotFoundException | SynapseForbiddenException e) {
      return null;
    }
    Entity e = b.getEntity();
    List<EntityHeader> path = b.getPath() == null ? List.of() : b.getPath().getPath();
    String project = path.size() > 1 ? path.get(1).getId() : null;
    Long version = e instanceof Versionable v ? v.getVersionNumber() : null;
    return new EntityRow(e.getId(), e.getName(), typeOf(e.getConcreteType()), e.getParentId(), project, version,
        e.getCreatedOn(), e.getModifiedOn(), e.getCreatedBy(), e.getModifiedBy());
  }

  /** Children of containers; with {@code recurse}, folders are entered too. Each root is {id, projectId}. */
  private Iterator<EntityRow> walk(List<String[]> roots, List<EntityType> types, boolean recurse) {
    List<EntityType> listed = new ArrayList<>(types);
    if (recurse && !listed.contains(EntityType.folder)) {
      listed.add(EntityType.folder);
    }
    Deque<String[]> containers = new ArrayDeque<>(roots);
    return new Iterator<>() {
      private PrefetchingIterator<String, EntityHeader> children;
      private String[] container;
      private EntityRow next;
      private int count;

      @Override
      public boolean hasNext() {
        while (next == null) {
          if (children == null || !children.hasNext()) {
            if (children != null) {
              children.close();
            }
            if (containers.isEmpty() || count >= MAX_ENTITIES) {
              if (count >= MAX_ENTITIES) {
                LOG.warn("Stopped after {} entities; filter on id, parent_id or project_id to see others",
                    MAX_ENTITIES);
              }
              return false;
            }
            container = containers.poll();
            children = client().entities().children(container[0], listed);
            continue;
          }
          EntityHeader h = children.next();
          String type = typeOf(h.getType());
          if (recurse && "folder".equals(type)) {
            containers.add(new String[] {h.getId(), container[1]});
          }
          if (isOneOf(type, types)) {
            count++;
            next = new EntityRow(h.getId(), h.getName(), type, container[0], container[1], h.getVersionNumber(),
                h.getCreatedOn(), h.getModifiedOn(), h.getCreatedBy(), h.getModifiedBy());
          }
        }
        return true;
      }

      @Override
      public EntityRow next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        EntityRow r = next;
        next = null;
        return r;
      }
    };
  }

  /** Every listable entity type except projects (listed by {@code GET /projects}). */
  static final List<EntityType> ALL_TYPES = List.of(EntityType.folder, EntityType.file, EntityType.link,
      EntityType.table, EntityType.entityview, EntityType.submissionview, EntityType.dataset,
      EntityType.datasetcollection, EntityType.materializedview, EntityType.virtualtable, EntityType.dockerrepo);
}
