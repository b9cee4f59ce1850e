package org.synapsejdbc.calcite.schema;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.model.ProjectHeader;

/**
 * Tells the catalog caches of a user that a write made through one of the user's clients changed what they hold,
 * so that the change shows at once (in every connection of that user in this JVM) instead of after {@code cacheTtl}.
 * Drops only what the change affects: the project list, the listing of the project holding a container, or what is
 * cached about one entity. Changes made outside this JVM still show after the TTL.
 */
public final class CatalogChanges {
  private static final Logger LOG = LoggerFactory.getLogger(CatalogChanges.class);
  /** The caches each client's catalog uses; weak, so a closed connection's client is not kept alive. */
  private static final Map<SynapseClient, CatalogCaches> CLIENTS = Collections.synchronizedMap(new WeakHashMap<>());

  private CatalogChanges() {
  }

  static void register(SynapseClient client, CatalogCaches caches) {
    CLIENTS.put(client, caches);
  }

  /** A project was created, renamed or deleted: the user's project list is read again. */
  public static void projectsChanged(SynapseClient client) {
    for (CatalogCaches c : caches(client)) {
      c.projects.invalidateAll();
    }
    LOG.debug("Project list dropped after a change");
  }

  /**
   * A child was added to or removed from the project or folder {@code containerId}: the listing of the project that
   * holds it is read again. When no cached listing knows the container and it is not one of the user's projects (a
   * folder made elsewhere since the listing), every listing of the user is dropped: which project holds it is
   * unknown.
   */
  public static void childrenChanged(SynapseClient client, String containerId) {
    for (CatalogCaches c : caches(client)) {
      int dropped = c.tables.invalidateIf((projectId, listing) -> listing.involves(containerId));
      if (dropped == 0 && !isProject(c, containerId)) {
        c.tables.invalidateAll();
      }
    }
    LOG.debug("Table listings holding {} dropped after a change", containerId);
  }

  /**
   * The entity {@code id} itself changed (deleted, new version, new schema): what is cached about it (every version)
   * and any listing that shows it are read again.
   */
  public static void entityChanged(SynapseClient client, String id) {
    for (CatalogCaches c : caches(client)) {
      c.infos.invalidateIf((ref, info) -> ref.id().equals(id));
      c.tables.invalidateIf((projectId, listing) -> projectId.equals(id) || listing.involves(id));
    }
    LOG.debug("Cached catalog data of {} dropped after a change", id);
  }

  /** Whether {@code id} is in the cached project list (then its own listing, if any, was matched by its id). */
  private static boolean isProject(CatalogCaches c, String id) {
    List<ProjectHeader> projects = c.projects.cached("");
    return projects != null && projects.stream().anyMatch(p -> id.equals(p.getId()));
  }

  /** The caches of every cache TTL in use by the client's user; none when the client has no catalog. */
  private static Iterable<CatalogCaches> caches(SynapseClient client) {
    CatalogCaches own = CLIENTS.get(client);
    return own == null ? List.of() : own.sameUser();
  }
}
