package org.synapsejdbc.local.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Fields;
import org.synapsejdbc.local.http.Reply;
import org.synapsejdbc.local.http.RequestContext;
import org.synapsejdbc.local.http.Router;

/**
 * local-synapse's own object storage, standing in for S3 behind presigned URLs: {@code PUT} of multipart part
 * bytes and {@code GET} (with {@code Range}) of completed objects at {@code /s3/<bucket>/<user>/<object>/<name>}.
 * No Synapse authentication applies; like S3 it refuses a request that also carries an {@code Authorization}
 * header, an expired URL (403) and a bad signature, and answers with S3's XML errors.
 */
final class StorageRoutes {

    private static final long DRAIN_LIMIT = 16L * 1024 * 1024;
    private static final String TEMPLATE = PresignedUrls.PREFIX + "/{bucket}/{owner}/{object}/{name}";

    private final MultipartUploads uploads;
    private final FileHandleService handles;
    private final FileStore store;
    private final PresignedUrls urls;

    StorageRoutes(MultipartUploads uploads, FileHandleService handles, FileStore store, PresignedUrls urls) {
        this.uploads = uploads;
        this.handles = handles;
        this.store = store;
        this.urls = urls;
    }

    void register(Router r) {
        r.put(TEMPLATE, this::putPart).onStorageHost();
        r.get(TEMPLATE, this::getObject).onStorageHost();
    }

    private static String key(RequestContext ctx) {
        return ctx.pathVar("owner") + "/" + ctx.pathVar("object") + "/" + ctx.pathVar("name");
    }

    private Optional<Reply> authorize(RequestContext ctx, String method, Map<String, List<String>> query) {
        if (ctx.header("Authorization") != null) {
            return Optional.of(S3Errors.twoAuthMechanisms());
        }
        return urls.check(method, ctx.pathVar("bucket"), key(ctx), query, ctx::header);
    }

    /*
     * A refused PUT still has its body on the wire; reading it (up to a limit) keeps the keep-alive connection
     * usable for the client's next request, otherwise the connection is announced as closing.
     */
    private static Reply drained(RequestContext ctx, Reply refusal) {
        try (InputStream in = ctx.bodyStream()) {
            byte[] buf = new byte[64 * 1024];
            long left = DRAIN_LIMIT;
            for (int n; left > 0 && (n = in.read(buf)) > 0; ) {
                left -= n;
            }
            if (left > 0) {
                return refusal;
            }
        } catch (IOException e) {
            // the client went away; nothing to keep alive
        }
        return refusal.header("Connection", "close");
    }

    private Reply putPart(RequestContext ctx) throws Exception {
        Reply refusal = checkPut(ctx);
        if (refusal != null) {
            return drained(ctx, refusal);
        }
        Optional<MultipartDao.Upload> upload = uploads.openUpload(ctx.query("uploadId"));
        if (upload.isEmpty()) {
            return drained(ctx, S3Errors.noSuchUpload());
        }
        FileStore.Written w = uploads.receivePart(upload.get(), Long.parseLong(ctx.query("partNumber")),
                ctx.bodyStream());
        return Reply.bytes(200, null, new byte[0]).header("ETag", "\"" + w.md5Hex() + "\"");
    }

    /** The S3 error for a part PUT, or null when it may be stored. */
    private Reply checkPut(RequestContext ctx) {
        Map<String, List<String>> query = query(ctx);
        Optional<Reply> refused = authorize(ctx, "PUT", query);
        if (refused.isPresent()) {
            return refused.get();
        }
        String uploadId = ctx.query("uploadId");
        String partNumber = ctx.query("partNumber");
        if (uploadId == null || partNumber == null) {
            return S3Errors.accessDenied();
        }
        Optional<MultipartDao.Upload> upload = uploads.openUpload(uploadId)
                .filter(u -> u.bucket().equals(ctx.pathVar("bucket")) && u.key().equals(key(ctx)));
        if (upload.isEmpty()) {
            return S3Errors.noSuchUpload();
        }
        if (ctx.header("Content-Length") == null) {
            return S3Errors.missingContentLength();
        }
        long n;
        try {
            n = Long.parseLong(partNumber);
        } catch (NumberFormatException e) {
            n = 0;
        }
        if (n < 1 || n > MultipartRules.MAX_PARTS) {
            return S3Errors.error(400, "InvalidArgument", "Part number must be an integer between 1 and 10000, "
                    + "inclusive");
        }
        return null;
    }

    private Reply getObject(RequestContext ctx) throws Exception {
        Map<String, List<String>> query = query(ctx);
        Optional<Reply> refused = authorize(ctx, "GET", query);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<FileHandleDao.Stored> stored = handles.findByKey(ctx.pathVar("bucket"), key(ctx))
                .filter(s -> s.objectId() != null && store.hasObject(s.objectId()));
        if (stored.isEmpty()) {
            return S3Errors.noSuchKey();
        }
        String objectId = stored.get().objectId();
        long size = store.objectSize(objectId);
        String type = stored.get().handle().getContentType();
        String md5 = stored.get().handle().getContentMd5();
        Optional<ByteRange> range;
        try {
            range = ByteRange.parse(ctx.header("Range"), size);
        } catch (ByteRange.Unsatisfiable e) {
            return S3Errors.invalidRange().header("Content-Range", "bytes */" + size);
        }
        String contentType = type == null || type.isEmpty() ? "application/octet-stream" : type;
        Reply reply;
        if (range.isPresent()) {
            ByteRange r = range.get();
            reply = Reply.stream(206, contentType, r.length(), out -> store.copyRange(objectId, r.first(),
                    r.length(), out)).header("Content-Range", r.contentRange(size));
        } else {
            reply = Reply.stream(200, contentType, size, out -> store.copyRange(objectId, 0, size, out));
        }
        reply.header("Accept-Ranges", "bytes");
        if (md5 != null) {
            reply.header("ETag", "\"" + md5 + "\"");
        }
        String disposition = ctx.query("response-content-disposition");
        if (disposition != null) {
            reply.header("Content-Disposition", disposition);
        }
        return reply;
    }

    private static Map<String, List<String>> query(RequestContext ctx) {
        Fields fields = Request.extractQueryParameters(ctx.jettyRequest(), StandardCharsets.UTF_8);
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Fields.Field f : fields) {
            out.put(f.getName(), f.getValues());
        }
        return out;
    }
}
