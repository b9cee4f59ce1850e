package org.synapsejdbc.local.provenance;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.synapsejdbc.client.model.ACCESS_TYPE;
import org.synapsejdbc.client.model.Activity;
import org.synapsejdbc.client.model.ModelTypes;
import org.synapsejdbc.client.model.PaginatedResults;
import org.synapsejdbc.client.model.Reference;
import org.synapsejdbc.client.model.Used;
import org.synapsejdbc.local.entity.EntityAccess;
import org.synapsejdbc.local.entity.EntityRecord;
import org.synapsejdbc.local.entity.EntityService;
import org.synapsejdbc.local.entity.SynIds;
import org.synapsejdbc.local.http.ApiException;
import org.synapsejdbc.local.http.Caller;
import org.synapsejdbc.local.http.JsonBodies;
import org.synapsejdbc.local.http.Reply;
import org.synapsejdbc.local.http.RequestContext;
import org.synapsejdbc.local.http.Router;
import org.synapsejdbc.local.http.Scope;
import org.synapsejdbc.local.http.WireDates;

/** {@code /activity} create/get/update/delete and {@code /activity/{id}/generated}. */
public final class ActivityRoutes {

    private final EntityService entities;
    private final ActivityStore store;

    public ActivityRoutes(EntityService entities, ActivityStore store) {
        this.entities = entities;
        this.store = store;
    }

    public void register(Router r) {
        r.post(Router.REPO + "/activity", this::create, Scope.VIEW, Scope.MODIFY);
        r.get(Router.REPO + "/activity/{id}", ctx -> Reply.ok(entities.db().read(c ->
                readable(c, ctx.caller(), ctx.pathVar("id")))), Scope.VIEW);
        r.put(Router.REPO + "/activity/{id}", this::update, Scope.VIEW, Scope.MODIFY);
        r.delete(Router.REPO + "/activity/{id}", this::delete, Scope.VIEW, Scope.MODIFY);
        r.get(Router.REPO + "/activity/{id}/generated", this::generated, Scope.VIEW);
    }

    static long activityId(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw ApiException.notFound("Activity with id '" + text + "' could not be found.");
        }
    }

    Activity existing(Connection c, String idText) throws SQLException {
        return store.get(c, activityId(idText)).orElseThrow(() ->
                ApiException.notFound("Activity with id '" + idText + "' could not be found."));
    }

    /** The creator, or anyone who can read an entity the activity generated, may read it. */
    Activity readable(Connection c, Caller caller, String idText) throws SQLException {
        Activity a = existing(c, idText);
        if (a.getCreatedBy().equals(caller.userIdString())) {
            return a;
        }
        for (long entity : entities.store().generatedBy(c, Long.parseLong(a.getId()))) {
            if (entities.access().has(c, caller, entity, ACCESS_TYPE.READ)) {
                return a;
            }
        }
        throw EntityAccess.denied(caller, ACCESS_TYPE.READ);
    }

    /** The activity if the caller created it (the rule for changing and linking activities). */
    Activity owned(Connection c, Caller caller, String idText) throws SQLException {
        Activity a = existing(c, idText);
        if (!a.getCreatedBy().equals(caller.userIdString())) {
            throw ApiException.forbidden(caller.userId() + " lacks change access to the requested object.");
        }
        return a;
    }

    private Activity parse(RequestContext ctx) {
        JsonNode tree = ctx.bodyTree();
        JsonNode used = tree.get("used");
        if (used != null && used.isArray()) {
            for (JsonNode u : used) {
                if (u.get("concreteType") == null || u.get("concreteType").isNull()) {
                    throw JsonBodies.missingConcreteType(ModelTypes.schemaName(Used.class));
                }
            }
        }
        return JsonBodies.convert(tree, Activity.class);
    }

    private Reply create(RequestContext ctx) {
        Activity a = parse(ctx);
        Caller caller = ctx.caller();
        if (caller.isAnonymous()) {
            throw EntityAccess.denied(caller, ACCESS_TYPE.CREATE);
        }
        return Reply.created(entities.db().write(c -> {
            var now = WireDates.now();
            a.setId(Long.toString(store.nextId(c))).setEtag(UUID.randomUUID().toString()).setCreatedOn(now)
                    .setModifiedOn(now).setCreatedBy(caller.userIdString()).setModifiedBy(caller.userIdString());
            store.insert(c, a);
            return store.get(c, Long.parseLong(a.getId())).orElseThrow();
        }));
    }

    private Reply update(RequestContext ctx) {
        String idText = ctx.pathVar("id");
        Activity a = parse(ctx);
        return Reply.ok(entities.db().write(c -> {
            Activity old = owned(c, ctx.caller(), idText);
            if (a.getEtag() == null || !a.getEtag().equals(old.getEtag())) {
                throw ApiException.preconditionFailed("Node: " + old.getId()
                        + " was updated since you last fetched it, retrieve it again and reapply the update");
            }
            old.setName(a.getName()).setDescription(a.getDescription()).setUsed(a.getUsed())
                    .setEtag(UUID.randomUUID().toString()).setModifiedOn(WireDates.now())
                    .setModifiedBy(ctx.caller().userIdString());
            store.update(c, old);
            return store.get(c, Long.parseLong(old.getId())).orElseThrow();
        }));
    }

    private Reply delete(RequestContext ctx) {
        String idText = ctx.pathVar("id");
        entities.db().write(c -> {
            var found = store.get(c, activityId(idText));
            if (found.isPresent()) {
                owned(c, ctx.caller(), idText);
                store.delete(c, Long.parseLong(found.get().getId()));
            }
            return null;
        });
        return Reply.noContent();
    }

    private Reply generated(RequestContext ctx) {
        long offset = ctx.queryLong("offset", 0L);
        long limit = ctx.queryLong("limit", 10L);
        return Reply.ok(entities.db().read(c -> {
            Activity a = readable(c, ctx.caller(), ctx.pathVar("id"));
            List<Reference> refs = new ArrayList<>();
            for (long id : entities.store().generatedBy(c, Long.parseLong(a.getId()))) {
                if (entities.access().has(c, ctx.caller(), id, ACCESS_TYPE.READ)) {
                    EntityRecord n = entities.access().live(c, id);
                    for (long v : versionsGeneratedBy(c, id, Long.parseLong(a.getId()))) {
                        refs.add(new Reference().setTargetId(n.synId()).setTargetVersionNumber(v));
                    }
                }
            }
            List<Reference> distinct = refs.stream().distinct().toList();
            int from = (int) Math.min(offset, distinct.size());
            int to = (int) Math.min(from + limit, distinct.size());
            return PaginatedResults.of(distinct.subList(from, to), distinct.size());
        }));
    }

    private static List<Long> versionsGeneratedBy(Connection c, long entity, long activity) throws SQLException {
        return org.synapsejdbc.local.store.Sql.list(c, "SELECT VERSION_NUMBER FROM NODE_VERSION WHERE NODE_ID = ?"
                + " AND ACTIVITY_ID = ? ORDER BY VERSION_NUMBER", rs -> rs.getLong(1), entity, activity);
    }

    static String syn(long id) {
        return SynIds.format(id);
    }
}
