package org.synapsejdbc.local.files;

import org.synapsejdbc.client.model.ACCESS_TYPE;
import org.synapsejdbc.client.model.FileHandle;
import org.synapsejdbc.client.model.FileHandleResults;
import org.synapsejdbc.local.entity.EntityKind;
import org.synapsejdbc.local.entity.EntityRecord;
import org.synapsejdbc.local.entity.EntityService;
import org.synapsejdbc.local.entity.SynIds;
import org.synapsejdbc.local.entity.VersionRecord;
import org.synapsejdbc.local.http.ApiException;
import org.synapsejdbc.local.http.Reply;
import org.synapsejdbc.local.http.RequestContext;
import org.synapsejdbc.local.http.Router;
import org.synapsejdbc.local.http.Scope;

/**
 * Entity-side file routes under {@code /repo/v1}: the file handles of an entity (version) and the deprecated
 * {@code /entity/{id}[/version/{n}]/file} redirect to a presigned download URL.
 */
final class EntityFileRoutes {

    private final EntityService entities;
    private final FileHandleService handles;
    private final EntityFiles files;

    EntityFileRoutes(EntityService entities, FileHandleService handles, EntityFiles files) {
        this.entities = entities;
        this.handles = handles;
        this.files = files;
    }

    void register(Router r) {
        r.get(Router.REPO + "/entity/{id}/filehandles", ctx -> fileHandles(ctx, null), Scope.VIEW);
        r.get(Router.REPO + "/entity/{id}/version/{versionNumber}/filehandles",
                ctx -> fileHandles(ctx, version(ctx)), Scope.VIEW);
        r.get(Router.REPO + "/entity/{id}/file", ctx -> file(ctx, null), Scope.DOWNLOAD);
        r.get(Router.REPO + "/entity/{id}/version/{versionNumber}/file", ctx -> file(ctx, version(ctx)),
                Scope.DOWNLOAD);
    }

    private static Long version(RequestContext ctx) {
        String v = ctx.pathVar("versionNumber");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("Failed to convert value of type 'java.lang.String' to required type "
                    + "'java.lang.Long'; For input string: \"" + v + "\"");
        }
    }

    private Reply fileHandles(RequestContext ctx, Long version) {
        long id = SynIds.parse(ctx.pathVar("id"));
        return Reply.ok(entities.db().read(c -> {
            EntityRecord node = entities.access().require(c, ctx.caller(), id, ACCESS_TYPE.READ);
            VersionRecord v = entities.version(c, node, version);
            entities.access().check(c, ctx.caller(), id, ACCESS_TYPE.DOWNLOAD);
            return new FileHandleResults().setList(files.visible(c, ctx.caller(), node, v));
        }));
    }

    private Reply file(RequestContext ctx, Long version) {
        long id = SynIds.parse(ctx.pathVar("id"));
        FileHandle h = entities.db().read(c -> {
            EntityRecord node = entities.access().require(c, ctx.caller(), id, ACCESS_TYPE.DOWNLOAD);
            VersionRecord v = entities.version(c, node, version);
            if (node.kind() != EntityKind.FILE || v.fileHandleId() == null) {
                throw ApiException.badRequest("The entity " + node.synId() + " is not a FileEntity");
            }
            return handles.find(c, v.fileHandleId()).orElseThrow(() -> FileHandleRoutes.missing(v.fileHandleId()));
        });
        return Redirects.reply(ctx, handles.downloadUrl(ctx.storageOrigin(), h));
    }
}
