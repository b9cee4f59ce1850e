package org.synapsejdbc.local.entity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.synapsejdbc.local.http.Json;
import org.synapsejdbc.local.store.RepositoryDb;
import org.synapsejdbc.local.store.Sql;

/** SQL for entities (NODE) and their versions (NODE_VERSION) in the repository DB. */
public final class EntityStore {

    private final RepositoryDb db;

    public EntityStore(RepositoryDb db) {
        this.db = db;
        db.migrate("entity-1",
                "CREATE TABLE NODE(ID BIGINT PRIMARY KEY, NAME VARCHAR(256) NOT NULL, PARENT_ID BIGINT,"
                        + " KIND VARCHAR(40) NOT NULL, ETAG VARCHAR(40) NOT NULL, CREATED_ON BIGINT NOT NULL,"
                        + " CREATED_BY BIGINT NOT NULL, MODIFIED_ON BIGINT NOT NULL, MODIFIED_BY BIGINT NOT NULL,"
                        + " CURRENT_VERSION BIGINT NOT NULL, DESCRIPTION VARCHAR(1000), TRASHED BOOLEAN DEFAULT FALSE NOT NULL)",
                "CREATE INDEX NODE_PARENT ON NODE(PARENT_ID, NAME)",
                "CREATE TABLE NODE_VERSION(NODE_ID BIGINT NOT NULL, VERSION_NUMBER BIGINT NOT NULL, LABEL VARCHAR(256),"
                        + " COMMENT VARCHAR(256), MODIFIED_ON BIGINT NOT NULL, MODIFIED_BY BIGINT NOT NULL,"
                        + " FILE_HANDLE_ID VARCHAR(40), ACTIVITY_ID BIGINT, PROPS CLOB NOT NULL, ANNOTATIONS CLOB,"
                        + " PRIMARY KEY(NODE_ID, VERSION_NUMBER))");
    }

    public RepositoryDb db() {
        return db;
    }

    public long nextEntityId(Connection c) throws SQLException {
        return db.nextId(c, "ENTITY_ID_SEQ", 1_000_001L);
    }

    private static EntityRecord node(ResultSet rs) throws SQLException {
        return new EntityRecord(rs.getLong("ID"), rs.getString("NAME"), Sql.longOrNull(rs, "PARENT_ID"),
                EntityKind.valueOf(rs.getString("KIND")), rs.getString("ETAG"), Sql.instant(rs, "CREATED_ON"),
                rs.getLong("CREATED_BY"), Sql.instant(rs, "MODIFIED_ON"), rs.getLong("MODIFIED_BY"),
                rs.getLong("CURRENT_VERSION"), rs.getString("DESCRIPTION"), rs.getBoolean("TRASHED"));
    }

    private static VersionRecord version(ResultSet rs) throws SQLException {
        ObjectNode props;
        try {
            props = (ObjectNode) Json.mapper().readTree(rs.getString("PROPS"));
        } catch (JsonProcessingException e) {
            throw new SQLException("corrupt PROPS", e);
        }
        return new VersionRecord(rs.getLong("NODE_ID"), rs.getLong("VERSION_NUMBER"), rs.getString("LABEL"),
                rs.getString("COMMENT"), Sql.instant(rs, "MODIFIED_ON"), rs.getLong("MODIFIED_BY"),
                rs.getString("FILE_HANDLE_ID"), Sql.longOrNull(rs, "ACTIVITY_ID"), props, rs.getString("ANNOTATIONS"));
    }

    public Optional<EntityRecord> node(Connection c, long id) throws SQLException {
        return Sql.one(c, "SELECT * FROM NODE WHERE ID = ?", EntityStore::node, id);
    }

    public Optional<VersionRecord> version(Connection c, long id, long versionNumber) throws SQLException {
        return Sql.one(c, "SELECT * FROM NODE_VERSION WHERE NODE_ID = ? AND VERSION_NUMBER = ?",
                EntityStore::version, id, versionNumber);
    }

    public void insertNode(Connection c, EntityRecord n) throws SQLException {
        Sql.update(c, "INSERT INTO NODE(ID, NAME, PARENT_ID, KIND, ETAG, CREATED_ON, CREATED_BY, MODIFIED_ON,"
                        + " MODIFIED_BY, CURRENT_VERSION, DESCRIPTION, TRASHED) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                n.id(), n.name(), n.parentId(), n.kind().name(), n.etag(), n.createdOn(), n.createdBy(),
                n.modifiedOn(), n.modifiedBy(), n.currentVersion(), n.description(), n.trashed());
    }

    public void updateNode(Connection c, EntityRecord n) throws SQLException {
        Sql.update(c, "UPDATE NODE SET NAME = ?, PARENT_ID = ?, ETAG = ?, MODIFIED_ON = ?, MODIFIED_BY = ?,"
                        + " CURRENT_VERSION = ?, DESCRIPTION = ?, TRASHED = ? WHERE ID = ?",
                n.name(), n.parentId(), n.etag(), n.modifiedOn(), n.modifiedBy(), n.currentVersion(),
                n.description(), n.trashed(), n.id());
    }

    public void insertVersion(Connection c, VersionRecord v) throws SQLException {
        Sql.update(c, "INSERT INTO NODE_VERSION(NODE_ID, VERSION_NUMBER, LABEL, COMMENT, MODIFIED_ON, MODIFIED_BY,"
                        + " FILE_HANDLE_ID, ACTIVITY_ID, PROPS, ANNOTATIONS) VALUES (?,?,?,?,?,?,?,?,?,?)",
                v.nodeId(), v.versionNumber(), v.label(), v.comment(), v.modifiedOn(), v.modifiedBy(),
                v.fileHandleId(), v.activityId(), v.props().toString(), v.annotationsJson());
    }

    public void updateVersion(Connection c, VersionRecord v) throws SQLException {
        Sql.update(c, "UPDATE NODE_VERSION SET LABEL = ?, COMMENT = ?, MODIFIED_ON = ?, MODIFIED_BY = ?,"
                        + " FILE_HANDLE_ID = ?, ACTIVITY_ID = ?, PROPS = ?, ANNOTATIONS = ?"
                        + " WHERE NODE_ID = ? AND VERSION_NUMBER = ?",
                v.label(), v.comment(), v.modifiedOn(), v.modifiedBy(), v.fileHandleId(), v.activityId(),
                v.props().toString(), v.annotationsJson(), v.nodeId(), v.versionNumber());
    }

    /** The live (not trashed) child of {@code parentId} with exactly this name (case-sensitive). */
    public Optional<Long> childByName(Connection c, long parentId, String name) throws SQLException {
        return Sql.one(c, "SELECT ID FROM NODE WHERE PARENT_ID = ? AND NAME = ? AND NOT TRASHED",
                rs -> rs.getLong(1), parentId, name);
    }

    public long countChildren(Connection c, long parentId, Set<EntityKind> kinds) throws SQLException {
        if (kinds.isEmpty()) {
            return 0;
        }
        return Sql.count(c, "SELECT COUNT(*) FROM NODE WHERE PARENT_ID = ? AND NOT TRASHED AND KIND IN ("
                + inList(kinds) + ")", parentId);
    }

    public boolean hasChildren(Connection c, long parentId) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM NODE WHERE PARENT_ID = ? AND NOT TRASHED", parentId) > 0;
    }

    /** Live children of the given kinds, sorted by {@code orderColumn} (NAME, CREATED_ON, MODIFIED_ON) then id. */
    public List<EntityRecord> children(Connection c, long parentId, Set<EntityKind> kinds, String orderColumn,
                                       boolean descending) throws SQLException {
        String dir = descending ? " DESC" : " ASC";
        return Sql.list(c, "SELECT * FROM NODE WHERE PARENT_ID = ? AND NOT TRASHED AND KIND IN (" + inList(kinds)
                + ") ORDER BY " + orderColumn + dir + ", ID" + dir, EntityStore::node, parentId);
    }

    /** Versions newest first. */
    public List<VersionRecord> versions(Connection c, long id, long limit, long offset) throws SQLException {
        return Sql.list(c, "SELECT * FROM NODE_VERSION WHERE NODE_ID = ? ORDER BY VERSION_NUMBER DESC"
                + " LIMIT ? OFFSET ?", EntityStore::version, id, limit, offset);
    }

    /** The entity and all its descendants. */
    public List<Long> subtree(Connection c, long id) throws SQLException {
        return Sql.list(c, "WITH RECURSIVE T(ID) AS (SELECT CAST(? AS BIGINT) UNION ALL"
                + " SELECT N.ID FROM NODE N JOIN T ON N.PARENT_ID = T.ID) SELECT ID FROM T", rs -> rs.getLong(1), id);
    }

    public void markTrashed(Connection c, List<Long> ids) throws SQLException {
        for (long id : ids) {
            Sql.update(c, "UPDATE NODE SET TRASHED = TRUE WHERE ID = ?", id);
        }
    }

    public void deleteAll(Connection c, List<Long> ids) throws SQLException {
        for (long id : ids) {
            Sql.update(c, "DELETE FROM NODE_VERSION WHERE NODE_ID = ?", id);
            Sql.update(c, "DELETE FROM NODE WHERE ID = ?", id);
        }
    }

    /** Ids of projects (children of the root), optionally only those created by a user. */
    public List<EntityRecord> projects(Connection c) throws SQLException {
        return Sql.list(c, "SELECT * FROM NODE WHERE PARENT_ID = ? AND KIND = 'PROJECT' AND NOT TRASHED ORDER BY ID",
                EntityStore::node, SynIds.ROOT_ID);
    }

    /** Entities whose current version was generated by an activity. */
    public List<Long> generatedBy(Connection c, long activityId) throws SQLException {
        return Sql.list(c, "SELECT V.NODE_ID FROM NODE_VERSION V JOIN NODE N ON N.ID = V.NODE_ID"
                + " WHERE V.ACTIVITY_ID = ? AND NOT N.TRASHED ORDER BY V.NODE_ID, V.VERSION_NUMBER", rs -> rs.getLong(1),
                activityId);
    }

    private static String inList(Set<EntityKind> kinds) {
        return kinds.stream().map(k -> "'" + k.name() + "'").collect(Collectors.joining(","));
    }
}
