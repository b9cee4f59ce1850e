package org.synapsejdbc.local.provenance;

import org.synapsejdbc.client.model.ACCESS_TYPE;
import org.synapsejdbc.client.model.Activity;
import org.synapsejdbc.local.entity.EntityRecord;
import org.synapsejdbc.local.entity.EntityRoutes;
import org.synapsejdbc.local.entity.EntityService;
import org.synapsejdbc.local.entity.SynIds;
import org.synapsejdbc.local.entity.VersionRecord;
import org.synapsejdbc.local.http.ApiException;
import org.synapsejdbc.local.http.Reply;
import org.synapsejdbc.local.http.RequestContext;
import org.synapsejdbc.local.http.Router;
import org.synapsejdbc.local.http.Scope;

/** {@code /entity/{id}/generatedBy} (current version and per version): get, set, delete. */
public final class GeneratedByRoutes {

    private final EntityService entities;
    private final ActivityStore store;
    private final ActivityRoutes activities;

    public GeneratedByRoutes(EntityService entities, ActivityStore store, ActivityRoutes activities) {
        this.entities = entities;
        this.store = store;
        this.activities = activities;
    }

    public void register(Router r) {
        r.get(Router.REPO + "/entity/{id}/generatedBy", ctx -> Reply.ok(get(ctx, null)), Scope.VIEW);
        r.get(Router.REPO + "/entity/{id}/version/{versionNumber}/generatedBy",
                ctx -> Reply.ok(get(ctx, EntityRoutes.versionNumber(ctx))), Scope.VIEW);
        r.put(Router.REPO + "/entity/{id}/generatedBy", this::set, Scope.VIEW, Scope.MODIFY);
        r.delete(Router.REPO + "/entity/{id}/generatedBy", this::remove, Scope.VIEW, Scope.MODIFY);
        entities.activityLinker((c, caller, activityId) ->
                Long.parseLong(activities.owned(c, caller, activityId).getId()));
        entities.bundle().addContributor((c, req, target, bundle) -> {
            if (Boolean.TRUE.equals(req.getIncludeActivity()) && target.version().activityId() != null) {
                store.get(c, target.version().activityId()).ifPresent(bundle::setActivity);
            }
        });
    }

    private Activity get(RequestContext ctx, Long version) {
        long id = SynIds.parse(ctx.pathVar("id"));
        return entities.db().read(c -> {
            EntityRecord node = entities.access().require(c, ctx.caller(), id, ACCESS_TYPE.READ);
            VersionRecord v = entities.version(c, node, version);
            if (v.activityId() == null) {
                throw ApiException.notFound("No activity for entity " + node.synId() + " version "
                        + v.versionNumber());
            }
            return store.get(c, v.activityId()).orElseThrow(() -> ApiException.notFound(
                    "Activity with id '" + v.activityId() + "' could not be found."));
        });
    }

    private Reply set(RequestContext ctx) {
        long id = SynIds.parse(ctx.pathVar("id"));
        String activityId = ctx.query("generatedBy");
        if (activityId == null) {
            throw ApiException.badRequest("Required request parameter 'generatedBy' for method parameter type "
                    + "String is not present");
        }
        return Reply.ok(entities.db().write(c -> {
            EntityRecord node = entities.access().require(c, ctx.caller(), id, ACCESS_TYPE.UPDATE);
            Activity a = activities.owned(c, ctx.caller(), activityId);
            setActivity(c, node, Long.parseLong(a.getId()));
            entities.touch(c, node, ctx.caller());
            return a;
        }));
    }

    private Reply remove(RequestContext ctx) {
        long id = SynIds.parse(ctx.pathVar("id"));
        entities.db().write(c -> {
            EntityRecord node = entities.access().require(c, ctx.caller(), id, ACCESS_TYPE.UPDATE);
            setActivity(c, node, null);
            entities.touch(c, node, ctx.caller());
            return null;
        });
        return Reply.noContent();
    }

    private void setActivity(java.sql.Connection c, EntityRecord node, Long activityId) throws java.sql.SQLException {
        VersionRecord v = entities.version(c, node, null);
        entities.store().updateVersion(c, new VersionRecord(v.nodeId(), v.versionNumber(), v.label(), v.comment(),
                v.modifiedOn(), v.modifiedBy(), v.fileHandleId(), activityId, v.props(), v.annotationsJson()));
    }
}
