package org.synapsejdbc.local.files;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.UUID;
import org.synapsejdbc.client.model.BatchPresignedUploadUrlRequest;
import org.synapsejdbc.client.model.ExternalFileHandle;
import org.synapsejdbc.client.model.ExternalFileHandleInterface;
import org.synapsejdbc.client.model.FileHandleStatus;
import org.synapsejdbc.client.model.MultipartRequest;
import org.synapsejdbc.client.model.MultipartUploadRequest;
import org.synapsejdbc.client.model.S3UploadDestination;
import org.synapsejdbc.client.model.UploadType;
import org.synapsejdbc.local.entity.EntityService;
import org.synapsejdbc.local.http.ApiException;
import org.synapsejdbc.local.http.JsonBodies;
import org.synapsejdbc.local.http.Reply;
import org.synapsejdbc.local.http.RequestContext;
import org.synapsejdbc.local.http.Router;
import org.synapsejdbc.local.http.Scope;
import org.synapsejdbc.local.http.WireDates;
import org.synapsejdbc.local.store.RepositoryDb;

/**
 * Routes that create file handles: the multipart upload protocol, the upload destination of a folder and
 * {@code POST /externalFileHandle}.
 */
final class UploadRoutes {

    private final MultipartUploads uploads;
    private final FileHandleService handles;
    private final EntityService entities;
    private final RepositoryDb db;

    UploadRoutes(MultipartUploads uploads, FileHandleService handles, EntityService entities, RepositoryDb db) {
        this.uploads = uploads;
        this.handles = handles;
        this.entities = entities;
        this.db = db;
    }

    void register(Router r) {
        String mp = Router.FILE + "/file/multipart";
        r.post(mp, this::start, Scope.VIEW, Scope.MODIFY);
        r.post(mp + "/{uploadId}/presigned/url/batch", this::presign, Scope.VIEW, Scope.MODIFY);
        r.put(mp + "/{uploadId}/add/{partNumber}", this::addPart, Scope.VIEW, Scope.MODIFY);
        r.put(mp + "/{uploadId}/complete", this::complete, Scope.VIEW, Scope.MODIFY);
        r.get(Router.FILE + "/entity/{id}/uploadDestination", this::uploadDestination, Scope.VIEW);
        r.post(Router.FILE + "/externalFileHandle", this::external, Scope.VIEW, Scope.MODIFY);
    }

    private Reply start(RequestContext ctx) throws Exception {
        JsonNode tree = ctx.bodyTree();
        if (tree.get("concreteType") == null || tree.get("concreteType").isNull()) {
            // The route takes the MultipartRequest interface (upload or copy), so the type must be named.
            throw JsonBodies.missingConcreteType(JsonBodies.synapseName(MultipartRequest.class));
        }
        MultipartRequest body = JsonBodies.convert(tree, MultipartRequest.class);
        if (!(body instanceof MultipartUploadRequest request)) {
            throw ApiException.badRequest("Unexpected concreteType: \"" + body.getConcreteType()
                    + "\" is not supported by local-synapse");
        }
        return Reply.created(uploads.start(ctx.caller(), request, ctx.queryBoolean("forceRestart", false)));
    }

    private Reply presign(RequestContext ctx) {
        BatchPresignedUploadUrlRequest body = ctx.body(BatchPresignedUploadUrlRequest.class);
        return Reply.created(uploads.presign(ctx.caller(), ctx.pathVar("uploadId"), body, ctx.storageOrigin()));
    }

    private Reply addPart(RequestContext ctx) {
        String md5 = RequiredParams.get(ctx, "partMD5Hex", "String");
        return Reply.created(uploads.addPart(ctx.caller(), ctx.pathVar("uploadId"), ctx.pathVar("partNumber"), md5));
    }

    private Reply complete(RequestContext ctx) throws Exception {
        return Reply.created(uploads.complete(ctx.caller(), ctx.pathVar("uploadId")));
    }

    private Reply uploadDestination(RequestContext ctx) {
        entities.getForRead(ctx.caller(), ctx.pathVar("id"));
        return Reply.ok(new S3UploadDestination().setStorageLocationId(FileHandleService.DEFAULT_STORAGE_LOCATION_ID)
                .setUploadType(UploadType.S3).setStsEnabled(false));
    }

    private Reply external(RequestContext ctx) {
        ExternalFileHandleInterface body = ctx.body(ExternalFileHandleInterface.class);
        if (!(body instanceof ExternalFileHandle in)) {
            throw ApiException.badRequest("Unexpected concreteType: \"" + body.getConcreteType()
                    + "\" is not supported by local-synapse");
        }
        if (ctx.caller().isAnonymous()) {
            throw ApiException.forbidden("Anonymous cannot upload files.");
        }
        String url = in.getExternalURL();
        if (url == null || url.isBlank()) {
            throw ApiException.badRequest("ExternalURL cannot be null");
        }
        validUrl(url);
        String fileName = in.getFileName();
        if (fileName == null || fileName.isBlank()) {
            String path = URI.create(url).getPath();
            fileName = path == null || path.isEmpty() || path.endsWith("/") ? "NOT_SET"
                    : path.substring(path.lastIndexOf('/') + 1);
        }
        String name = fileName;
        ExternalFileHandle created = db.write(c -> {
            var now = WireDates.now();
            ExternalFileHandle h = new ExternalFileHandle().setId(Long.toString(handles.dao().nextId(c)))
                    .setEtag(UUID.randomUUID().toString()).setCreatedBy(ctx.caller().userIdString())
                    .setCreatedOn(now).setModifiedOn(now).setContentType(in.getContentType())
                    .setContentMd5(in.getContentMd5()).setFileName(name)
                    .setStorageLocationId(in.getStorageLocationId()).setContentSize(in.getContentSize())
                    .setStatus(FileHandleStatus.AVAILABLE).setExternalURL(url);
            handles.dao().insert(c, h, null);
            return h;
        });
        return Reply.ok(created);
    }

    private static void validUrl(String url) {
        try {
            URI u = new URI(url);
            if (u.getScheme() == null || (u.getHost() == null && !"file".equalsIgnoreCase(u.getScheme()))) {
                throw new URISyntaxException(url, "not absolute");
            }
        } catch (URISyntaxException e) {
            throw ApiException.badRequest("The ExternalURL is not a valid url: " + url);
        }
    }
}
