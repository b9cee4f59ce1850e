package org.synapsejdbc.calcite.schema;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.synapsejdbc.client.model.ProjectHeader;

/**
 * The catalog data of one Synapse user at one server (project list, table listing per project, table schemas),
 * shared by all of that user's connections in this JVM and kept for the connection's {@code cacheTtl}.
 */
final class CatalogCaches {
  private static final Map<String, CatalogCaches> USERS = new ConcurrentHashMap<>();

  final String userKey;
  final TtlCache<String, List<ProjectHeader>> projects;
  final TtlCache<String, ProjectListing> tables;
  final TtlCache<EntityRef, Optional<TableInfo>> infos;

  private CatalogCaches(String userKey, Duration ttl) {
    this.userKey = userKey;
    projects = new TtlCache<>(ttl);
    tables = new TtlCache<>(ttl);
    infos = new TtlCache<>(ttl);
  }

  /**
   * The caches of a user.
   *
   * @param userKey server and a non-reversible key of the credentials (never the token)
   */
  static CatalogCaches forUser(String userKey, Duration ttl) {
    return USERS.computeIfAbsent(userKey + "|" + ttl.toMillis(), k -> new CatalogCaches(userKey, ttl));
  }

  /** All caches of this cache's user (one per {@code cacheTtl} in use): a change must reach each of them. */
  List<CatalogCaches> sameUser() {
    return USERS.values().stream().filter(c -> c.userKey.equals(userKey)).toList();
  }
}
