package org.synapsejdbc.local.entity;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.synapsejdbc.client.model.ACCESS_TYPE;
import org.synapsejdbc.client.model.EntityBundleRequest;
import org.synapsejdbc.client.model.EntityHeader;
import org.synapsejdbc.client.model.PaginatedResults;
import org.synapsejdbc.client.model.Reference;
import org.synapsejdbc.client.model.ReferenceList;
import org.synapsejdbc.client.model.VersionInfo;
import org.synapsejdbc.local.http.ApiException;
import org.synapsejdbc.local.http.Reply;
import org.synapsejdbc.local.http.RequestContext;
import org.synapsejdbc.local.http.Router;
import org.synapsejdbc.local.http.Scope;

/** Entity CRUD, versions, type/header/path, permissions and bundle routes under {@code /repo/v1/entity}. */
public final class EntityRoutes {

    private static final String E = Router.REPO + "/entity";

    private final EntityService entities;
    private final EntityViews views;

    public EntityRoutes(EntityService entities, EntityViews views) {
        this.entities = entities;
        this.views = views;
    }

    public void register(Router r) {
        r.post(E, ctx -> Reply.created(entities.create(ctx.caller(), ctx.bodyTree(), ctx.query("generatedBy"))),
                Scope.VIEW, Scope.MODIFY);
        r.get(E + "/{id}", ctx -> Reply.ok(entities.read(ctx.caller(), ctx.pathVar("id"), null)), Scope.VIEW);
        r.put(E + "/{id}", ctx -> Reply.ok(entities.update(ctx.caller(), ctx.pathVar("id"), ctx.bodyTree(),
                ctx.queryBoolean("newVersion", false), ctx.query("generatedBy"))), Scope.VIEW, Scope.MODIFY);
        r.delete(E + "/{id}", ctx -> {
            entities.delete(ctx.caller(), ctx.pathVar("id"), ctx.queryBoolean("skipTrashCan", false));
            return Reply.noContent();
        }, Scope.VIEW, Scope.MODIFY);
        r.get(E + "/{id}/version", this::versions, Scope.VIEW);
        r.get(E + "/{id}/version/{versionNumber}", ctx -> Reply.ok(entities.read(ctx.caller(), ctx.pathVar("id"),
                versionNumber(ctx))), Scope.VIEW);
        r.delete(E + "/{id}/version/{versionNumber}", ctx -> {
            entities.deleteVersion(ctx.caller(), ctx.pathVar("id"), versionNumber(ctx));
            return Reply.noContent();
        }, Scope.VIEW, Scope.MODIFY);
        r.get(E + "/{id}/type", this::type, Scope.VIEW);
        r.post(E + "/header", this::headers, Scope.VIEW);
        r.get(E + "/{id}/path", ctx -> {
            long id = SynIds.parse(ctx.pathVar("id"));
            return Reply.ok(entities.db().read(c -> views.path(c,
                    entities.access().require(c, ctx.caller(), id, ACCESS_TYPE.READ))));
        }, Scope.VIEW);
        r.get(E + "/{id}/permissions", ctx -> {
            long id = SynIds.parse(ctx.pathVar("id"));
            return Reply.ok(entities.db().read(c -> views.permissions(c, ctx.caller(), entities.access().live(c, id))));
        }, Scope.VIEW);
        r.post(E + "/{id}/bundle2", ctx -> Reply.ok(entities.bundle().bundle(ctx.caller(), ctx.pathVar("id"), null,
                ctx.body(EntityBundleRequest.class), views)), Scope.VIEW);
        r.post(E + "/{id}/version/{versionNumber}/bundle2", ctx -> Reply.ok(entities.bundle().bundle(ctx.caller(),
                ctx.pathVar("id"), versionNumber(ctx), ctx.body(EntityBundleRequest.class), views)), Scope.VIEW);
    }

    /** The {versionNumber} path variable; a non-number is a 400. */
    public static long versionNumber(RequestContext ctx) {
        String v = ctx.pathVar("versionNumber");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("Failed to convert value of type 'java.lang.String' to required type "
                    + "'java.lang.Long'; For input string: \"" + v + "\"");
        }
    }

    private Reply type(RequestContext ctx) {
        long id = SynIds.parse(ctx.pathVar("id"));
        return Reply.ok(entities.db().read(c ->
                views.header(c, entities.access().require(c, ctx.caller(), id, ACCESS_TYPE.READ), null)));
    }

    private Reply versions(RequestContext ctx) {
        long id = SynIds.parse(ctx.pathVar("id"));
        long offset = ctx.queryLong("offset", 0L);
        long limit = ctx.queryLong("limit", 10L);
        if (offset < 0) {
            throw ApiException.badRequest("offset must be greater than or equal to zero");
        }
        if (limit < 1) {
            throw ApiException.badRequest("limit must be greater than zero");
        }
        return Reply.ok(entities.db().read(c -> {
            EntityRecord node = entities.access().require(c, ctx.caller(), id, ACCESS_TYPE.READ);
            List<VersionInfo> page = new ArrayList<>();
            for (VersionRecord v : entities.store().versions(c, id, limit, offset)) {
                VersionInfo info = new VersionInfo().setId(node.synId()).setVersionNumber(v.versionNumber())
                        .setVersionLabel(v.label()).setVersionComment(v.comment())
                        .setIsLatestVersion(v.versionNumber() == node.currentVersion())
                        .setModifiedBy(Long.toString(v.modifiedBy()))
                        .setModifiedByPrincipalId(Long.toString(v.modifiedBy())).setModifiedOn(v.modifiedOn());
                if (v.fileHandleId() != null) {
                    for (EntityHook h : entities.hooks()) {
                        h.fileContent(v.fileHandleId()).ifPresent(fc -> info
                                .setContentSize(fc.contentSize() == null ? null : fc.contentSize().toString())
                                .setContentMd5(fc.contentMd5()));
                    }
                }
                page.add(info);
            }
            long total = offset + page.size() + (page.size() == limit ? 1 : 0);
            return PaginatedResults.of(page, total);
        }));
    }

    private Reply headers(RequestContext ctx) {
        ReferenceList refs = ctx.body(ReferenceList.class);
        List<Reference> list = refs.getReferences() == null ? List.of() : refs.getReferences();
        return Reply.ok(entities.db().read(c -> {
            List<EntityHeader> out = new ArrayList<>();
            for (Reference ref : list) {
                try {
                    long id = SynIds.parse(ref.getTargetId());
                    EntityRecord node = entities.access().require(c, ctx.caller(), id, ACCESS_TYPE.READ);
                    VersionRecord v = entities.version(c, node, ref.getTargetVersionNumber());
                    out.add(views.header(c, node, v));
                } catch (ApiException skipped) {
                    // Synapse silently leaves out references that do not resolve or may not be read.
                }
            }
            return PaginatedResults.of(out, out.size());
        }));
    }

    static String text(JsonNode n, String f) {
        return EntityService.text(n, f);
    }
}
