package org.synapsejdbc.local.files;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.synapsejdbc.client.model.BatchFileRequest;
import org.synapsejdbc.client.model.BatchFileResult;
import org.synapsejdbc.client.model.FileHandle;
import org.synapsejdbc.client.model.FileHandleAssociateType;
import org.synapsejdbc.client.model.FileHandleAssociation;
import org.synapsejdbc.client.model.FileResult;
import org.synapsejdbc.client.model.FileResultFailureCode;
import org.synapsejdbc.local.http.ApiException;
import org.synapsejdbc.local.http.Caller;
import org.synapsejdbc.local.http.Reply;
import org.synapsejdbc.local.http.RequestContext;
import org.synapsejdbc.local.http.Router;
import org.synapsejdbc.local.http.Scope;
import org.synapsejdbc.local.store.RepositoryDb;

/**
 * Routes that read file handles and hand out download URLs under {@code /file/v1}: a handle by id (creator only),
 * the download batch ({@code POST /fileHandle/batch}) and the redirecting {@code GET /file/{fileHandleId}}.
 */
final class FileHandleRoutes {

    static final int MAX_BATCH = 100;

    private final RepositoryDb db;
    private final FileHandleService handles;

    FileHandleRoutes(RepositoryDb db, FileHandleService handles) {
        this.db = db;
        this.handles = handles;
    }

    void register(Router r) {
        r.get(Router.FILE + "/fileHandle/{handleId}", this::get, Scope.VIEW);
        r.get(Router.FILE + "/fileHandle/{handleId}/url", this::ownUrl, Scope.DOWNLOAD);
        r.post(Router.FILE + "/fileHandle/batch", this::batch, Scope.VIEW, Scope.DOWNLOAD);
        r.get(Router.FILE + "/file/{fileHandleId}", this::associatedUrl, Scope.DOWNLOAD);
    }

    /** The handle if the caller created it: 404 / 403 with Synapse's texts otherwise. */
    FileHandle ownHandle(Caller caller, String id) {
        FileHandleDao.Stored s = db.read(c -> handles.dao().get(c, id)).orElseThrow(() -> missing(id));
        if (s.createdBy() != caller.userId()) {
            throw ApiException.forbidden("Only the creator of a FileHandle can access it directly by its ID.  "
                    + "FileHandleId = '" + id + "', UserId = '" + caller.userId() + "'");
        }
        return s.handle();
    }

    static ApiException missing(String id) {
        return ApiException.notFound("The FileHandle does not exist: " + id);
    }

    private Reply get(RequestContext ctx) {
        return Reply.ok(ownHandle(ctx.caller(), ctx.pathVar("handleId")));
    }

    private Reply ownUrl(RequestContext ctx) {
        FileHandle h = ownHandle(ctx.caller(), ctx.pathVar("handleId"));
        return Redirects.reply(ctx, handles.downloadUrl(ctx.storageOrigin(), h));
    }

    private Reply associatedUrl(RequestContext ctx) {
        String type = RequiredParams.get(ctx, "fileAssociateType", "FileHandleAssociateType");
        String objectId = RequiredParams.get(ctx, "fileAssociateId", "String");
        FileHandleAssociateType assoc;
        try {
            assoc = FileHandleAssociateType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("Failed to convert value of type 'java.lang.String' to required type "
                    + "'org.sagebionetworks.repo.model.file.FileHandleAssociateType'; No enum constant "
                    + "org.sagebionetworks.repo.model.file.FileHandleAssociateType." + type);
        }
        String id = ctx.pathVar("fileHandleId");
        FileHandle h = db.read(c -> {
            FileHandleDao.Stored s = handles.dao().get(c, id).orElseThrow(() -> missing(id));
            FileAssociation.Decision d = handles.decide(c, ctx.caller(), assoc, objectId, List.of(id)).get(id);
            if (d.outcome() == FileAssociation.Outcome.NOT_FOUND) {
                throw ApiException.notFound(d.reason());
            }
            if (d.outcome() == FileAssociation.Outcome.DENIED) {
                throw ApiException.forbidden(d.reason());
            }
            return s.handle();
        });
        return Redirects.reply(ctx, handles.downloadUrl(ctx.storageOrigin(), h));
    }

    private Reply batch(RequestContext ctx) {
        BatchFileRequest req = ctx.body(BatchFileRequest.class);
        List<FileHandleAssociation> files = req.getRequestedFiles();
        if (files == null) {
            throw ApiException.badRequest("BatchFileRequest.requestedFiles is required.");
        }
        if (files.size() > MAX_BATCH) {
            throw ApiException.badRequest("Request exceeds the maximum number of objects per request: " + MAX_BATCH);
        }
        boolean withHandles = Boolean.TRUE.equals(req.getIncludeFileHandles());
        boolean withUrls = Boolean.TRUE.equals(req.getIncludePreSignedURLs());
        Caller caller = ctx.caller();
        List<FileResult> results = db.read(c -> {
            Map<String, FileHandle> existing = new LinkedHashMap<>();
            for (FileHandleDao.Stored s : handles.dao().getAll(c, files.stream()
                    .map(FileHandleAssociation::getFileHandleId).filter(x -> x != null).toList())) {
                existing.put(s.handle().getId(), s.handle());
            }
            // One decision per (type, object) group, so a 100-item batch over one table costs one access check.
            Map<String, Map<String, FileAssociation.Decision>> decisions = new LinkedHashMap<>();
            Map<String, List<String>> groups = new LinkedHashMap<>();
            for (FileHandleAssociation f : files) {
                String id = normalize(f.getFileHandleId());
                if (id != null && existing.containsKey(id)) {
                    groups.computeIfAbsent(group(f), k -> new ArrayList<>()).add(id);
                }
            }
            for (FileHandleAssociation f : files) {
                String g = group(f);
                if (groups.containsKey(g) && !decisions.containsKey(g)) {
                    decisions.put(g, handles.decide(c, caller, f.getAssociateObjectType(),
                            f.getAssociateObjectId(), groups.get(g)));
                }
            }
            List<FileResult> out = new ArrayList<>();
            for (FileHandleAssociation f : files) {
                String id = normalize(f.getFileHandleId());
                FileResult r = new FileResult().setFileHandleId(f.getFileHandleId());
                FileHandle h = id == null ? null : existing.get(id);
                if (h == null) {
                    out.add(r.setFailureCode(FileResultFailureCode.NOT_FOUND));
                    continue;
                }
                FileAssociation.Decision d = decisions.get(group(f)).get(id);
                if (d.outcome() == FileAssociation.Outcome.NOT_FOUND) {
                    r.setFailureCode(FileResultFailureCode.NOT_FOUND);
                } else if (d.outcome() == FileAssociation.Outcome.DENIED) {
                    r.setFailureCode(FileResultFailureCode.UNAUTHORIZED);
                } else {
                    if (withHandles) {
                        r.setFileHandle(h);
                    }
                    if (withUrls) {
                        r.setPreSignedURL(handles.downloadUrl(ctx.storageOrigin(), h));
                    }
                }
                out.add(r);
            }
            return out;
        });
        return Reply.created(new BatchFileResult().setRequestedFiles(results));
    }

    private static String group(FileHandleAssociation f) {
        return f.getAssociateObjectType() + "\u0000" + f.getAssociateObjectId();
    }

    private static String normalize(String id) {
        Long n = FileHandleDao.parseId(id);
        return n == null ? null : Long.toString(n);
    }
}
