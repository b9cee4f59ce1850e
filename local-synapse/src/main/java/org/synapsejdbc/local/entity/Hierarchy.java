package org.synapsejdbc.local.entity;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumSet;
import org.synapsejdbc.client.model.ACCESS_TYPE;
import org.synapsejdbc.local.http.ApiException;
import org.synapsejdbc.local.http.Caller;

/** Parent rules of create and move: valid parent types, trash, CREATE permission, depth, child limit, cycles. */
final class Hierarchy {

    static final int MAX_DEPTH = 50;
    static final int MAX_CHILDREN = 10_000;

    private final EntityStore store;
    private final EntityAccess access;

    Hierarchy(EntityStore store, EntityAccess access) {
        this.store = store;
        this.access = access;
    }

    /** The parent id of a new entity of {@code kind} ({@code parentText} as sent); the root for projects. */
    long parentForCreate(Connection c, Caller caller, EntityKind kind, String parentText)
            throws SQLException {
        if (caller.isAnonymous()) {
            throw EntityAccess.denied(caller, ACCESS_TYPE.CREATE);
        }
        if (kind == EntityKind.PROJECT) {
            if (parentText != null && SynIds.parse(parentText) != SynIds.ROOT_ID) {
                EntityRecord p = parentNode(c, parentText);
                throw wrongParent(kind, p.kind().concreteType());
            }
            return SynIds.ROOT_ID;
        }
        if (parentText == null) {
            throw wrongParent(kind, null);
        }
        EntityRecord parent = parentNode(c, parentText);
        if (parent.trashed()) {
            throw ApiException.notFound("The given parent: " + parentText + " does not exist");
        }
        if (!kind.validParents().contains(parent.kind())) {
            throw wrongParent(kind, parent.kind().concreteType());
        }
        access.check(c, caller, parent.id(), ACCESS_TYPE.CREATE);
        if (depth(c, parent.id()) >= MAX_DEPTH) {
            throw ApiException.badRequest("Exceeded the maximum hierarchical depth of: " + MAX_DEPTH
                    + " for parent: " + parentText);
        }
        if (kind.countsTowardChildLimit() && store.countChildren(c, parent.id(), EnumSet.of(EntityKind.FILE,
                EntityKind.FOLDER, EntityKind.LINK)) >= MAX_CHILDREN) {
            throw ApiException.badRequest("Limit of " + MAX_CHILDREN + " children exceeded for parent: "
                    + parent.synId());
        }
        return parent.id();
    }

    EntityRecord parentNode(Connection c, String parentText) throws SQLException {
        long pid = SynIds.parse(parentText);
        if (pid == SynIds.ROOT_ID) {
            return new EntityRecord(pid, "root", null, EntityKind.FOLDER, ZERO, null, 0, null, 0, 1, null, false);
        }
        return store.node(c, pid).orElseThrow(() ->
                ApiException.notFound("Cannot find a node with id: " + parentText));
    }

    private static final String ZERO = EntityJson.ZERO_ETAG;

    static ApiException wrongParent(EntityKind kind, String parentType) {
        return ApiException.badRequest("Entity type: " + kind.concreteType() + " cannot have a parent of type: "
                + parentType);
    }

    /** Number of ancestors below the root (a project has depth 1). */
    int depth(Connection c, long id) throws SQLException {
        int d = 0;
        Long cur = id;
        while (cur != null && cur != SynIds.ROOT_ID && d < 1000) {
            d++;
            cur = store.node(c, cur).map(EntityRecord::parentId).orElse(null);
        }
        return d;
    }

    /** The new parent of an update ({@code parentText} as sent), checked like a create plus the cycle rule. */
    long parentForMove(Connection c, Caller caller, EntityRecord old, String parentText) throws SQLException {
        long newParent = SynIds.parse(parentText);
        if (old.parentId() != null && newParent == old.parentId()) {
            return newParent;
        }
        EntityRecord parent = parentNode(c, parentText);
        if (parent.trashed()) {
            throw ApiException.notFound("The given parent: " + parentText + " does not exist");
        }
        if (!old.kind().validParents().contains(parent.kind())) {
            throw wrongParent(old.kind(), parent.kind().concreteType());
        }
        for (Long cur = newParent; cur != null && cur != SynIds.ROOT_ID; ) {
            if (cur == old.id()) {
                throw ApiException.badRequest("Invalid hierarchy: an entity cannot be an ancestor of itself");
            }
            cur = store.node(c, cur).map(EntityRecord::parentId).orElse(null);
        }
        access.check(c, caller, newParent, ACCESS_TYPE.CREATE);
        return newParent;
    }

}
