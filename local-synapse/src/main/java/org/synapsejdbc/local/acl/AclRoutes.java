package org.synapsejdbc.local.acl;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.synapsejdbc.client.model.ACCESS_TYPE;
import org.synapsejdbc.client.model.AccessControlList;
import org.synapsejdbc.client.model.ResourceAccess;
import org.synapsejdbc.local.entity.EntityRecord;
import org.synapsejdbc.local.entity.EntityService;
import org.synapsejdbc.local.entity.EntityViews;
import org.synapsejdbc.local.entity.SynIds;
import org.synapsejdbc.local.http.ApiException;
import org.synapsejdbc.local.http.Caller;
import org.synapsejdbc.local.http.Reply;
import org.synapsejdbc.local.http.RequestContext;
import org.synapsejdbc.local.http.Router;
import org.synapsejdbc.local.http.Scope;
import org.synapsejdbc.local.http.WireDates;

/** {@code GET/PUT /entity/{id}/acl} on the entity that owns the ACL (its benefactor), and {@link #makePublic}. */
public final class AclRoutes {

    private final EntityService entities;
    private final EntityViews views;

    public AclRoutes(EntityService entities, EntityViews views) {
        this.entities = entities;
        this.views = views;
    }

    public void register(Router r) {
        r.get(Router.REPO + "/entity/{id}/acl", this::get, Scope.VIEW);
        r.put(Router.REPO + "/entity/{id}/acl", this::put, Scope.VIEW, Scope.MODIFY);
        r.post(Router.REPO + "/entity/{id}/acl", this::create, Scope.VIEW, Scope.MODIFY);
        r.delete(Router.REPO + "/entity/{id}/acl", this::restoreInheritance, Scope.VIEW, Scope.MODIFY);
    }

    /** Gives an inheriting entity its own ACL (it becomes its own benefactor). */
    private Reply create(RequestContext ctx) {
        long id = SynIds.parse(ctx.pathVar("id"));
        AccessControlList body = ctx.body(AccessControlList.class);
        return Reply.created(entities.db().write(c -> {
            entities.access().require(c, ctx.caller(), id, ACCESS_TYPE.CHANGE_PERMISSIONS);
            if (entities.access().acl().acl(c, id).isPresent()) {
                throw ApiException.forbidden("Resource already has an ACL.");
            }
            entities.access().acl().setAcl(c, id, ctx.caller().userId(), WireDates.now(), entries(body, ctx));
            return views.acl(c, id);
        }));
    }

    /** Deletes an entity's own ACL so it inherits again (not for projects). */
    private Reply restoreInheritance(RequestContext ctx) {
        long id = SynIds.parse(ctx.pathVar("id"));
        entities.db().write(c -> {
            EntityRecord n = entities.access().require(c, ctx.caller(), id, ACCESS_TYPE.CHANGE_PERMISSIONS);
            if (n.parentId() == null || n.parentId() == SynIds.ROOT_ID) {
                throw ApiException.forbidden("Cannot restore inheritance for resource which has no parent.");
            }
            if (entities.access().acl().acl(c, id).isEmpty()) {
                throw ApiException.forbidden("Resource already inherits its permissions.");
            }
            entities.access().acl().deleteAcl(c, id);
            return null;
        });
        return Reply.noContent();
    }

    private static Map<Long, Set<ACCESS_TYPE>> entries(AccessControlList body, RequestContext ctx) {
        Map<Long, Set<ACCESS_TYPE>> entries = new LinkedHashMap<>();
        if (body.getResourceAccess() != null) {
            for (ResourceAccess ra : body.getResourceAccess()) {
                if (ra.getPrincipalId() == null) {
                    throw ApiException.badRequest("ResourceAccess.principalId is required.");
                }
                Set<ACCESS_TYPE> types = entries.computeIfAbsent(ra.getPrincipalId(),
                        k -> EnumSet.noneOf(ACCESS_TYPE.class));
                if (ra.getAccessType() != null) {
                    types.addAll(ra.getAccessType());
                }
            }
        }
        if (!entries.getOrDefault(ctx.caller().userId(), Set.of()).contains(ACCESS_TYPE.CHANGE_PERMISSIONS)) {
            // Synapse refuses ACLs that would lock their owner out.
            throw ApiException.badRequest("Caller is trying to revoke their own ACL editing permissions.");
        }
        return entries;
    }

    private Reply get(RequestContext ctx) {
        long id = SynIds.parse(ctx.pathVar("id"));
        return Reply.ok(entities.db().read(c -> {
            EntityRecord n = entities.access().require(c, ctx.caller(), id, ACCESS_TYPE.READ);
            AccessControlList acl = views.acl(c, id);
            if (acl == null) {
                Long benefactor = entities.access().acl().benefactor(c, id);
                throw ApiException.notFound("Cannot access the ACL of a non-benefactor: " + n.synId()
                        + " (benefactor " + SynIds.format(benefactor) + ")");
            }
            return acl;
        }));
    }

    private Reply put(RequestContext ctx) {
        long id = SynIds.parse(ctx.pathVar("id"));
        AccessControlList body = ctx.body(AccessControlList.class);
        return Reply.ok(entities.db().write(c -> {
            entities.access().require(c, ctx.caller(), id, ACCESS_TYPE.CHANGE_PERMISSIONS);
            var existing = entities.access().acl().acl(c, id).orElseThrow(() ->
                    ApiException.notFound("Cannot update the ACL of a non-benefactor: " + SynIds.format(id)));
            if (body.getEtag() == null || !body.getEtag().equals(existing.etag())) {
                throw ApiException.preconditionFailed("Object: " + SynIds.format(id)
                        + " was updated since you last fetched it, retrieve it again and re-apply the update");
            }
            Map<Long, Set<ACCESS_TYPE>> entries = entries(body, ctx);
            entities.access().acl().setAcl(c, id, ctx.caller().userId(), WireDates.now(), entries);
            return views.acl(c, id);
        }));
    }

    /**
     * Makes a project (or other ACL owner) public the way the Synapse web UI does: PUBLIC may READ, every
     * registered user may READ and DOWNLOAD.
     */
    public static void makePublic(EntityService entities, Caller byUser, String entityId) {
        long id = SynIds.parse(entityId);
        entities.db().write(c -> {
            entities.access().live(c, id);
            AccessControl acl = entities.access().acl();
            Map<Long, Set<ACCESS_TYPE>> entries = new LinkedHashMap<>(acl.entries(c, id));
            entries.computeIfAbsent(Caller.PUBLIC_GROUP_ID, k -> EnumSet.noneOf(ACCESS_TYPE.class))
                    .add(ACCESS_TYPE.READ);
            entries.computeIfAbsent(Caller.AUTHENTICATED_USERS_GROUP_ID, k -> EnumSet.noneOf(ACCESS_TYPE.class))
                    .addAll(EnumSet.of(ACCESS_TYPE.READ, ACCESS_TYPE.DOWNLOAD));
            acl.setAcl(c, id, byUser.userId(), WireDates.now(), entries);
            return null;
        });
    }
}
