package org.synapsejdbc.local.acl;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.synapsejdbc.client.model.ACCESS_TYPE;
import org.synapsejdbc.local.http.Caller;
import org.synapsejdbc.local.store.RepositoryDb;
import org.synapsejdbc.local.store.Sql;

/**
 * Access control lists. An entity inherits the ACL of its benefactor (the nearest ancestor-or-self that has an
 * ACL; a project always has one). A caller's permissions are the union of the entries for its user id, the
 * PUBLIC group and, unless anonymous, the AUTHENTICATED_USERS group; anonymous callers get at most READ.
 */
public final class AccessControl {

    /** What the creator of a project gets. */
    public static final Set<ACCESS_TYPE> OWNER_PERMISSIONS = EnumSet.of(ACCESS_TYPE.READ, ACCESS_TYPE.DOWNLOAD,
            ACCESS_TYPE.UPDATE, ACCESS_TYPE.CREATE, ACCESS_TYPE.DELETE, ACCESS_TYPE.CHANGE_PERMISSIONS,
            ACCESS_TYPE.CHANGE_SETTINGS, ACCESS_TYPE.MODERATE);

    /** The stored head of an ACL. */
    public record AclInfo(long ownerId, String etag, long createdBy, Instant createdOn, long modifiedBy,
                          Instant modifiedOn) {
    }

    /** Looks up an entity's parent (so this class needs no entity knowledge). */
    @FunctionalInterface
    public interface ParentLookup {
        Long parentOf(Connection c, long id) throws SQLException;
    }

    private final ParentLookup parents;

    public AccessControl(RepositoryDb db, ParentLookup parents) {
        this.parents = parents;
        db.migrate("acl-1",
                "CREATE TABLE ACL_OWNER(OWNER_ID BIGINT PRIMARY KEY, ETAG VARCHAR(40) NOT NULL, CREATED_BY BIGINT NOT NULL,"
                        + " CREATED_ON BIGINT NOT NULL, MODIFIED_BY BIGINT NOT NULL, MODIFIED_ON BIGINT NOT NULL)",
                "CREATE TABLE ACL_ENTRY(OWNER_ID BIGINT NOT NULL, PRINCIPAL_ID BIGINT NOT NULL, ACCESS_TYPE VARCHAR(40) NOT NULL,"
                        + " PRIMARY KEY(OWNER_ID, PRINCIPAL_ID, ACCESS_TYPE))");
    }

    /** The nearest ancestor-or-self with an ACL, or null (e.g. the root). */
    public Long benefactor(Connection c, long entityId) throws SQLException {
        Long id = entityId;
        for (int depth = 0; id != null && depth < 200; depth++) {
            if (acl(c, id).isPresent()) {
                return id;
            }
            id = parents.parentOf(c, id);
        }
        return null;
    }

    public Optional<AclInfo> acl(Connection c, long ownerId) throws SQLException {
        return Sql.one(c, "SELECT * FROM ACL_OWNER WHERE OWNER_ID = ?", rs -> new AclInfo(rs.getLong("OWNER_ID"),
                rs.getString("ETAG"), rs.getLong("CREATED_BY"), Sql.instant(rs, "CREATED_ON"),
                rs.getLong("MODIFIED_BY"), Sql.instant(rs, "MODIFIED_ON")), ownerId);
    }

    /** principal id → access types of one ACL, in principal order. */
    public Map<Long, Set<ACCESS_TYPE>> entries(Connection c, long ownerId) throws SQLException {
        Map<Long, Set<ACCESS_TYPE>> out = new LinkedHashMap<>();
        for (Object[] row : Sql.list(c, "SELECT PRINCIPAL_ID, ACCESS_TYPE FROM ACL_ENTRY WHERE OWNER_ID = ?"
                + " ORDER BY PRINCIPAL_ID, ACCESS_TYPE", rs -> new Object[] {rs.getLong(1), rs.getString(2)}, ownerId)) {
            out.computeIfAbsent((Long) row[0], k -> EnumSet.noneOf(ACCESS_TYPE.class))
                    .add(ACCESS_TYPE.valueOf((String) row[1]));
        }
        return out;
    }

    /** Creates or replaces an ACL. */
    public void setAcl(Connection c, long ownerId, long byUser, Instant now, Map<Long, Set<ACCESS_TYPE>> entries)
            throws SQLException {
        Optional<AclInfo> existing = acl(c, ownerId);
        if (existing.isPresent()) {
            Sql.update(c, "UPDATE ACL_OWNER SET ETAG = ?, MODIFIED_BY = ?, MODIFIED_ON = ? WHERE OWNER_ID = ?",
                    UUID.randomUUID().toString(), byUser, now, ownerId);
            Sql.update(c, "DELETE FROM ACL_ENTRY WHERE OWNER_ID = ?", ownerId);
        } else {
            Sql.update(c, "INSERT INTO ACL_OWNER(OWNER_ID, ETAG, CREATED_BY, CREATED_ON, MODIFIED_BY, MODIFIED_ON)"
                    + " VALUES (?,?,?,?,?,?)", ownerId, UUID.randomUUID().toString(), byUser, now, byUser, now);
        }
        for (Map.Entry<Long, Set<ACCESS_TYPE>> e : entries.entrySet()) {
            for (ACCESS_TYPE t : e.getValue()) {
                Sql.update(c, "INSERT INTO ACL_ENTRY(OWNER_ID, PRINCIPAL_ID, ACCESS_TYPE) VALUES (?,?,?)",
                        ownerId, e.getKey(), t.name());
            }
        }
    }

    public void deleteAcl(Connection c, long ownerId) throws SQLException {
        Sql.update(c, "DELETE FROM ACL_ENTRY WHERE OWNER_ID = ?", ownerId);
        Sql.update(c, "DELETE FROM ACL_OWNER WHERE OWNER_ID = ?", ownerId);
    }

    /** The caller's permissions on an entity (through its benefactor). */
    public Set<ACCESS_TYPE> permissions(Connection c, Caller caller, long entityId) throws SQLException {
        Long benefactor = benefactor(c, entityId);
        Set<ACCESS_TYPE> out = EnumSet.noneOf(ACCESS_TYPE.class);
        if (benefactor == null) {
            return out;
        }
        List<Long> principals = caller.isAnonymous() ? List.of(Caller.PUBLIC_GROUP_ID)
                : List.of(caller.userId(), Caller.PUBLIC_GROUP_ID, Caller.AUTHENTICATED_USERS_GROUP_ID);
        Map<Long, Set<ACCESS_TYPE>> entries = entries(c, benefactor);
        for (Long p : principals) {
            out.addAll(entries.getOrDefault(p, Set.of()));
        }
        if (caller.isAnonymous()) {
            out.retainAll(EnumSet.of(ACCESS_TYPE.READ));
        }
        return out;
    }

    /** Whether PUBLIC may read through this entity's benefactor. */
    public boolean publicRead(Connection c, long entityId) throws SQLException {
        Long benefactor = benefactor(c, entityId);
        return benefactor != null && entries(c, benefactor).getOrDefault(Caller.PUBLIC_GROUP_ID, Set.of())
                .contains(ACCESS_TYPE.READ);
    }
}
