package org.synapsejdbc.local.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.synapsejdbc.client.model.ACCESS_TYPE;
import org.synapsejdbc.client.model.Entity;
import org.synapsejdbc.local.acl.AccessControl;
import org.synapsejdbc.local.http.ApiException;
import org.synapsejdbc.local.http.Caller;
import org.synapsejdbc.local.http.WireDates;
import org.synapsejdbc.local.store.RepositoryDb;

/**
 * Entity create/read/update/delete with Synapse's rules (names, parents, etags, versions, trash) and the access
 * API other modules use. Published in the {@code ServerContext} as {@code EntityService}.
 */
public final class EntityService {

    /** Validates {@code generatedBy} for the caller and returns the activity id (provenance module). */
    @FunctionalInterface
    public interface ActivityLinker {
        long check(Connection c, Caller caller, String activityId) throws SQLException;
    }

    private final RepositoryDb db;
    private final EntityStore store;
    private final EntityAccess access;
    private final List<EntityHook> hooks = new CopyOnWriteArrayList<>();
    private final BundleService bundles;
    private final Hierarchy hierarchy;
    private volatile ActivityLinker activityLinker = (c, caller, id) -> {
        throw ApiException.notFound("Activity with id '" + id + "' could not be found.");
    };

    public EntityService(RepositoryDb db, EntityStore store, EntityAccess access) {
        this.db = db;
        this.store = store;
        this.access = access;
        this.bundles = new BundleService(this);
        this.hierarchy = new Hierarchy(store, access);
    }

    public RepositoryDb db() {
        return db;
    }

    public EntityStore store() {
        return store;
    }

    public EntityAccess access() {
        return access;
    }

    public BundleService bundle() {
        return bundles;
    }

    public void registerHook(EntityHook hook) {
        hooks.add(hook);
    }

    public List<EntityHook> hooks() {
        return hooks;
    }

    public void activityLinker(ActivityLinker linker) {
        this.activityLinker = linker;
    }

    // ---- access API for other modules -------------------------------------------------------------

    /** The live entity the caller may READ (404/403 otherwise). {@code id} as sent ({@code syn123} or {@code 123}). */
    public EntityRecord getForRead(Caller caller, String id) {
        long n = SynIds.parse(id);
        return db.read(c -> access.require(c, caller, n, ACCESS_TYPE.READ));
    }

    /** Throws Synapse's 404/403 unless the caller has {@code type} on the live entity. */
    public EntityRecord checkAccess(Caller caller, String id, ACCESS_TYPE type) {
        long n = SynIds.parse(id);
        return db.read(c -> access.require(c, caller, n, type));
    }

    public boolean hasAccess(Caller caller, long id, ACCESS_TYPE type) {
        return db.read(c -> access.has(c, caller, id, type));
    }

    /** The entity as served (a version, or the current one when {@code version} is null); READ checked. */
    public Entity read(Caller caller, String id, Long version) {
        long n = SynIds.parse(id);
        return db.read(c -> {
            EntityRecord node = access.require(c, caller, n, ACCESS_TYPE.READ);
            return EntityJson.compose(node, version(c, node, version));
        });
    }

    /** A version of a live entity (the current one when {@code version} is null), or 404. */
    public VersionRecord version(Connection c, EntityRecord node, Long version) throws SQLException {
        long v = version == null ? node.currentVersion() : version;
        return store.version(c, node.id(), v).orElseThrow(() -> ApiException.notFound(
                "Cannot find a node with id: " + node.synId() + " and version: " + v));
    }

    /** Changes the etag and modification stamp of an entity (annotations, provenance changes do this). */
    public EntityRecord touch(Connection c, EntityRecord n, Caller caller) throws SQLException {
        EntityRecord t = new EntityRecord(n.id(), n.name(), n.parentId(), n.kind(), UUID.randomUUID().toString(),
                n.createdOn(), n.createdBy(), WireDates.now(), caller.userId(), n.currentVersion(), n.description(),
                n.trashed());
        store.updateNode(c, t);
        return t;
    }

    // ---- create ---------------------------------------------------------------------------------

    public Entity create(Caller caller, JsonNode body, String generatedBy) {
        EntityKind kind = EntityJson.kindOf(body);
        ObjectNode model = EntityJson.modelTree(kind, body);
        String name = NameRules.validateName(text(model, "name"));
        String description = text(model, "description");
        NameRules.validateDescription(description);
        ObjectNode props = EntityJson.props(kind, model);
        String parentText = text(model, "parentId");
        return db.write(c -> {
            long parentId = hierarchy.parentForCreate(c, caller, kind, parentText);
            for (EntityHook h : hooks) {
                h.beforeWrite(caller, kind, props, null);
            }
            long id = store.nextEntityId(c);
            String finalName = name != null ? name : defaultName(kind, props, id);
            checkNameFree(c, parentId, finalName, null, SynIds.format(parentId));
            Long activity = generatedBy == null ? null : activityLinker.check(c, caller, generatedBy);
            Instant now = WireDates.now();
            EntityRecord node = new EntityRecord(id, finalName, parentId, kind, UUID.randomUUID().toString(), now,
                    caller.userId(), now, caller.userId(), 1L, description, false);
            store.insertNode(c, node);
            String label = text(model, "versionLabel");
            VersionRecord v = new VersionRecord(id, 1L, label == null ? "1" : label, text(model, "versionComment"),
                    now, caller.userId(), text(props, "dataFileHandleId"), activity, props, null);
            store.insertVersion(c, v);
            if (kind == EntityKind.PROJECT) {
                access.acl().setAcl(c, id, caller.userId(), now,
                        Map.of(caller.userId(), EnumSet.copyOf(AccessControl.OWNER_PERMISSIONS)));
            }
            return EntityJson.compose(node, v);
        });
    }

    private String defaultName(EntityKind kind, ObjectNode props, long id) {
        String fh = text(props, "dataFileHandleId");
        if (kind == EntityKind.FILE && fh != null) {
            for (EntityHook h : hooks) {
                var content = h.fileContent(fh);
                if (content.isPresent() && content.get().fileName() != null) {
                    return content.get().fileName();
                }
            }
        }
        return SynIds.format(id);
    }

    private void checkNameFree(Connection c, long parentId, String name, Long self, String parentAsPrinted)
            throws SQLException {
        var existing = store.childByName(c, parentId, name);
        if (existing.isPresent() && !existing.get().equals(self)) {
            throw ApiException.conflict("An entity with the name: " + name + " already exists with a parentId: "
                    + parentAsPrinted);
        }
    }

    // ---- update ---------------------------------------------------------------------------------

    public Entity update(Caller caller, String pathId, JsonNode body, boolean newVersion, String generatedBy) {
        EntityKind kind = EntityJson.kindOf(body);
        ObjectNode model = EntityJson.modelTree(kind, body);
        String bodyId = text(model, "id") != null ? text(model, "id") : pathId;
        long id = SynIds.parse(bodyId);
        String name = NameRules.validateName(text(model, "name"));
        String description = text(model, "description");
        NameRules.validateDescription(description);
        ObjectNode props = EntityJson.props(kind, model);
        return db.write(c -> {
            EntityRecord old = store.node(c, id).orElseThrow(() ->
                    ApiException.notFound("Entity " + bodyId + " does not exist"));
            if (old.trashed()) {
                throw ApiException.notFound("Entity " + old.synId() + " is in trash can.");
            }
            if (old.kind() != kind) {
                throw ApiException.badRequest("The concreteType of an entity cannot be changed from "
                        + old.kind().concreteType() + " to " + kind.concreteType());
            }
            String etag = text(model, "etag");
            if (etag == null || etag.isEmpty()) {
                throw ApiException.badRequest("The eTag of the node is required.");
            }
            String parentText = text(model, "parentId");
            if (parentText == null && kind != EntityKind.PROJECT) {
                throw ApiException.badRequest("The parent id of the node is required.");
            }
            access.check(c, caller, id, ACCESS_TYPE.UPDATE);
            if (!etag.equals(old.etag())) {
                throw ApiException.preconditionFailed("Object: " + bodyId
                        + " was updated since you last fetched it, retrieve it again and re-apply the update");
            }
            long parentId = kind == EntityKind.PROJECT ? SynIds.ROOT_ID : hierarchy.parentForMove(c, caller, old, parentText);
            String finalName = name != null ? name : old.name();
            if (!finalName.equals(old.name()) || parentId != old.parentId()) {
                checkNameFree(c, parentId, finalName, id, parentText == null ? SynIds.format(parentId) : parentText);
            }
            VersionRecord current = version(c, old, null);
            for (EntityHook h : hooks) {
                h.beforeWrite(caller, kind, props, current.props());
            }
            boolean autoVersion = false;
            if (kind.newVersionOnRequest() && !newVersion) {
                for (EntityHook h : hooks) {
                    autoVersion |= h.requiresNewVersion(kind, current.props(), props);
                }
            }
            Long activity = generatedBy == null ? null : activityLinker.check(c, caller, generatedBy);
            Instant now = WireDates.now();
            long versionNumber = current.versionNumber();
            String label = text(model, "versionLabel");
            String comment = text(model, "versionComment");
            if (kind.newVersionOnRequest() && (newVersion || autoVersion)) {
                versionNumber = current.versionNumber() + 1;
                if (autoVersion || label == null || label.equals(current.label())) {
                    label = Long.toString(versionNumber);
                }
                if (autoVersion) {
                    comment = null;
                }
                store.insertVersion(c, new VersionRecord(id, versionNumber, label, comment, now, caller.userId(),
                        text(props, "dataFileHandleId"), activity, props, current.annotationsJson()));
            } else {
                store.updateVersion(c, new VersionRecord(id, versionNumber, label == null ? current.label() : label,
                        kind.versionable() ? comment : current.comment(), now, caller.userId(),
                        text(props, "dataFileHandleId"), activity != null ? activity : current.activityId(), props,
                        current.annotationsJson()));
            }
            EntityRecord updated = new EntityRecord(id, finalName, parentId, kind, UUID.randomUUID().toString(),
                    old.createdOn(), old.createdBy(), now, caller.userId(), versionNumber, description, false);
            store.updateNode(c, updated);
            return EntityJson.compose(updated, store.version(c, id, versionNumber).orElseThrow());
        });
    }

    // ---- delete ---------------------------------------------------------------------------------

    /** Moves an entity and its descendants to the trash, or deletes them for good with {@code skipTrashCan}. */
    public void delete(Caller caller, String idText, boolean skipTrashCan) {
        long id = SynIds.parse(idText);
        db.write(c -> {
            EntityRecord n = access.live(c, id);
            access.check(c, caller, id, ACCESS_TYPE.DELETE);
            List<Long> subtree = store.subtree(c, id);
            if (skipTrashCan) {
                for (long x : subtree) {
                    access.acl().deleteAcl(c, x);
                }
                store.deleteAll(c, subtree);
            } else {
                store.markTrashed(c, subtree);
                touch(c, new EntityRecord(n.id(), n.name(), n.parentId(), n.kind(), n.etag(), n.createdOn(),
                        n.createdBy(), n.modifiedOn(), n.modifiedBy(), n.currentVersion(), n.description(), true),
                        caller);
            }
            return null;
        });
    }

    /** Deletes one version; deleting the current version makes the previous one current. */
    public void deleteVersion(Caller caller, String idText, long versionNumber) {
        long id = SynIds.parse(idText);
        db.write(c -> {
            EntityRecord n = access.require(c, caller, id, ACCESS_TYPE.DELETE);
            version(c, n, versionNumber);
            List<VersionRecord> all = store.versions(c, id, Integer.MAX_VALUE, 0);
            if (all.size() < 2) {
                throw ApiException.badRequest("Cannot delete the last version of a node");
            }
            org.synapsejdbc.local.store.Sql.update(c,
                    "DELETE FROM NODE_VERSION WHERE NODE_ID = ? AND VERSION_NUMBER = ?", id, versionNumber);
            long current = n.currentVersion();
            if (versionNumber == current) {
                current = all.stream().mapToLong(VersionRecord::versionNumber).filter(v -> v != versionNumber)
                        .max().orElseThrow();
            }
            touch(c, new EntityRecord(n.id(), n.name(), n.parentId(), n.kind(), n.etag(), n.createdOn(),
                    n.createdBy(), n.modifiedOn(), n.modifiedBy(), current, n.description(), false), caller);
            return null;
        });
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** The permission set of the caller on an entity. */
    public Set<ACCESS_TYPE> permissions(Connection c, Caller caller, long id) throws SQLException {
        return access.permissions(c, caller, id);
    }
}
