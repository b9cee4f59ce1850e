package org.synapsejdbc.calcite.schema;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synapsejdbc.calcite.SynapseQueryExecutor;
import org.synapsejdbc.calcite.SynapseTableKind;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.error.SynapseForbiddenException;
import org.synapsejdbc.client.error.SynapseNotFoundException;
import org.synapsejdbc.client.model.Entity;
import org.synapsejdbc.client.model.EntityBundle;
import org.synapsejdbc.client.model.EntityBundleRequest;
import org.synapsejdbc.client.model.EntityHeader;
import org.synapsejdbc.client.model.ProjectHeader;
import org.synapsejdbc.client.model.ProjectListType;
import org.synapsejdbc.client.model.TableBundle;
import org.synapsejdbc.client.paging.PrefetchingIterator;

/**
 * The Synapse content one connection sees, read lazily and cached per user: the caller's projects
 * ({@code GET /projects}), the table-like entities of a project and its folders ({@code POST /entity/children}, one
 * listing per folder), and table schemas ({@code bundle2} with {@code includeTableBundle}, never the throttled
 * {@code /entity/{id}/column}). Nothing here lists all of Synapse.
 */
public final class SynapseCatalog {
  private static final Logger LOG = LoggerFactory.getLogger(SynapseCatalog.class);
  /** A project with more containers than this is listed only in part (with a warning). */
  static final int MAX_FOLDERS_PER_PROJECT = 2_000;

  private final SynapseClient client;
  private final SynapseQueryExecutor executor;
  private final CatalogCaches caches;

  public SynapseCatalog(SynapseClient client, SynapseQueryExecutor executor, String userKey, Duration ttl) {
    this.client = client;
    this.executor = executor;
    this.caches = CatalogCaches.forUser(userKey, ttl);
    CatalogChanges.register(client, caches);
  }

  public SynapseClient client() {
    return client;
  }

  public SynapseQueryExecutor executor() {
    return executor;
  }

  /** The projects shared with the caller (anonymous callers have none), by name. */
  public List<ProjectHeader> projects() {
    if (client.isAnonymous()) {
      return List.of();
    }
    return caches.projects.get("", k -> {
      try (PrefetchingIterator<String, ProjectHeader> it = client.entities().projects(ProjectListType.ALL)) {
        List<ProjectHeader> list = it.stream().toList();
        LOG.debug("{} projects listed", list.size());
        return list;
      }
    });
  }

  /** A project by name, exact or ignoring case. */
  public Optional<ProjectHeader> project(String name, boolean ignoreCase) {
    for (ProjectHeader p : projects()) {
      if (ignoreCase ? p.getName().equalsIgnoreCase(name) : p.getName().equals(name)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * The table-like entities of a project and its folders, keyed by their path below the project
   * ({@code Data/Results/QC}), in listing order.
   */
  public Map<String, EntityHeader> tables(String projectId) {
    return caches.tables.get(projectId, this::crawl).tables();
  }

  private ProjectListing crawl(String projectId) {
    Map<String, EntityHeader> found = new LinkedHashMap<>();
    Set<String> listed = new HashSet<>();
    Deque<String[]> containers = new ArrayDeque<>();
    containers.add(new String[] {projectId, ""});
    int folders = 0;
    long started = System.nanoTime();
    while (!containers.isEmpty()) {
      String[] c = containers.poll();
      if (++folders > MAX_FOLDERS_PER_PROJECT) {
        LOG.warn("Project {} has more than {} folders; tables below the first {} are not listed", projectId,
            MAX_FOLDERS_PER_PROJECT, MAX_FOLDERS_PER_PROJECT);
        break;
      }
      listed.add(c[0]);
      try (PrefetchingIterator<String, EntityHeader> children = client.entities().children(c[0],
          EntityKinds.LISTED)) {
        while (children.hasNext()) {
          EntityHeader h = children.next();
          String path = c[1] + h.getName();
          if (EntityKinds.FOLDER.equals(h.getType())) {
            containers.add(new String[] {h.getId(), path + "/"});
          } else if (EntityKinds.kindOf(h.getType()) != null) {
            found.put(path, h);
          }
        }
      }
      if (folders % 100 == 0) {
        LOG.info("Listing project {}: {} folders, {} tables so far ({} ms)", projectId, folders, found.size(),
            (System.nanoTime() - started) / 1_000_000);
      }
    }
    return new ProjectListing(found, listed);
  }

  /** The schema and description of a table-like entity (current version or snapshot), if it is one. */
  Optional<TableInfo> info(EntityRef ref) {
    return caches.infos.get(ref, this::load);
  }

  private Optional<TableInfo> load(EntityRef ref) {
    EntityBundleRequest request = new EntityBundleRequest().setIncludeEntity(true).setIncludeTableBundle(true);
    EntityBundle bundle;
    try {
      bundle = ref.version() == null ? client.entities().bundle(ref.id(), request)
          : client.entities().bundle(ref.id(), ref.version(), request);
    } catch (SynapseNotFoundException | SynapseForbiddenException e) {
      LOG.debug("{} cannot be read: {}", ref.name(), e.getMessage());
      return Optional.empty();
    }
    Entity entity = bundle.getEntity();
    SynapseTableKind kind = entity == null ? null : EntityKinds.kindOf(entity.getConcreteType());
    TableBundle table = bundle.getTableBundle();
    if (kind == null || table == null) {
      return Optional.empty();
    }
    return Optional.of(new TableInfo(ref.id(), ref.version(), kind, entity.getName(), entity.getDescription(),
        table.getColumnModels() == null ? List.of() : table.getColumnModels()));
  }

  /** The table an entity id names, or null when it does not exist, cannot be read or is not table-like. */
  public CatalogTable table(EntityRef ref) {
    Optional<TableInfo> info = info(ref);
    return info.map(i -> new CatalogTable(ref, i.kind(), () -> i, executor)).orElse(null);
  }

  /** The table of a listed entity; its schema is read when first needed. */
  CatalogTable table(EntityHeader header) {
    EntityRef ref = new EntityRef(header.getId(), null);
    SynapseTableKind kind = EntityKinds.kindOf(header.getType());
    Supplier<TableInfo> info = memo(() -> info(ref).orElseThrow(() -> new IllegalStateException(
        header.getId() + " (" + header.getName() + ") can no longer be read")));
    return new CatalogTable(ref, kind, info, executor);
  }

  private static <T> Supplier<T> memo(Supplier<T> loader) {
    return new Supplier<>() {
      private volatile T value;

      @Override
      public T get() {
        T v = value;
        if (v == null) {
          v = loader.get();
          value = v;
        }
        return v;
      }
    };
  }
}
