package org.synapsejdbc.local.entity;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import org.synapsejdbc.client.model.ACCESS_TYPE;
import org.synapsejdbc.local.acl.AccessControl;
import org.synapsejdbc.local.http.ApiException;
import org.synapsejdbc.local.http.Caller;

/** Loads entities with Synapse's existence, trash and permission checks, in Synapse's order and wording. */
public final class EntityAccess {

    private final EntityStore store;
    private final AccessControl acl;

    public EntityAccess(EntityStore store, AccessControl acl) {
        this.store = store;
        this.acl = acl;
    }

    public AccessControl acl() {
        return acl;
    }

    /** The live entity or 404 ({@code Resource: 'syn1' does not exist} / {@code Entity syn1 is in trash can.}). */
    public EntityRecord live(Connection c, long id) throws SQLException {
        EntityRecord n = store.node(c, id).orElseThrow(() ->
                ApiException.notFound("Resource: '" + SynIds.format(id) + "' does not exist"));
        if (n.trashed()) {
            throw ApiException.notFound("Entity " + n.synId() + " is in trash can.");
        }
        return n;
    }

    /** The live entity if the caller has {@code type} on it, else 404/403 as Synapse. */
    public EntityRecord require(Connection c, Caller caller, long id, ACCESS_TYPE type) throws SQLException {
        EntityRecord n = live(c, id);
        check(c, caller, id, type);
        return n;
    }

    public void check(Connection c, Caller caller, long id, ACCESS_TYPE type) throws SQLException {
        if (!has(c, caller, id, type)) {
            throw denied(caller, type);
        }
    }

    public boolean has(Connection c, Caller caller, long id, ACCESS_TYPE type) throws SQLException {
        return acl.permissions(c, caller, id).contains(type);
    }

    public Set<ACCESS_TYPE> permissions(Connection c, Caller caller, long id) throws SQLException {
        return acl.permissions(c, caller, id);
    }

    public static ApiException denied(Caller caller, ACCESS_TYPE type) {
        if (caller.isAnonymous() && type != ACCESS_TYPE.READ) {
            return ApiException.forbidden("Anonymous users have only READ access permission.");
        }
        return ApiException.forbidden("You lack " + type.name() + " access to the requested entity.");
    }
}
