package org.synapsejdbc.local.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synapsejdbc.client.model.AddPartResponse;
import org.synapsejdbc.client.model.AddPartState;
import org.synapsejdbc.client.model.BatchPresignedUploadUrlRequest;
import org.synapsejdbc.client.model.BatchPresignedUploadUrlResponse;
import org.synapsejdbc.client.model.MultipartUploadRequest;
import org.synapsejdbc.client.model.MultipartUploadState;
import org.synapsejdbc.client.model.MultipartUploadStatus;
import org.synapsejdbc.client.model.PartPresignedUrl;
import org.synapsejdbc.client.model.S3FileHandle;
import org.synapsejdbc.local.http.ApiException;
import org.synapsejdbc.local.http.Caller;
import org.synapsejdbc.local.http.Json;
import org.synapsejdbc.local.http.WireDates;
import org.synapsejdbc.local.store.RepositoryDb;

/**
 * The multipart upload protocol: start or resume (the same user and request find the same upload), presigned part
 * URLs, part bytes arriving at the storage route, {@code add} with the part's MD5, and {@code complete}, which
 * assembles the parts into an object and creates the S3 file handle with the request's MD5 as {@code contentMd5}.
 */
public final class MultipartUploads {

    private static final Logger LOG = LoggerFactory.getLogger(MultipartUploads.class);
    static final String MD5_MISMATCH =
            "The provided MD5 does not match the MD5 of the uploaded part.  Please re-upload the part.";
    private static final String NOT_OWNER = "Only the user that started a multipart upload can get part upload "
            + "pre-signed URLs for that file upload.";

    private final RepositoryDb db;
    private final MultipartDao dao;
    private final FileHandleService handles;
    private final FileStore store;
    private final PresignedUrls urls;
    private final Map<Long, Object> locks = new ConcurrentHashMap<>();

    MultipartUploads(RepositoryDb db, MultipartDao dao, FileHandleService handles, FileStore store,
                     PresignedUrls urls) {
        this.db = db;
        this.dao = dao;
        this.handles = handles;
        this.store = store;
        this.urls = urls;
    }

    /** {@code POST /file/multipart[?forceRestart=true]}. */
    public MultipartUploadStatus start(Caller caller, MultipartUploadRequest request, boolean forceRestart)
            throws IOException {
        int parts = MultipartRules.validate(caller, request);
        String json = Json.mapper().writeValueAsString(request);
        String hash = sha256(json);
        long[] dropped = {-1};
        MultipartDao.Upload upload = db.write(c -> {
            Optional<MultipartDao.Upload> existing = dao.byRequest(c, caller.userId(), hash);
            if (existing.isPresent() && !forceRestart) {
                return existing.get();
            }
            if (existing.isPresent()) {
                dao.delete(c, existing.get().id());
                dropped[0] = existing.get().id();
            }
            Instant now = WireDates.now();
            String objectId = UUID.randomUUID().toString();
            MultipartDao.Upload u = new MultipartDao.Upload(dao.nextId(c), caller.userId(), hash, json, now, now,
                    false, parts, request.getFileSizeBytes(), FileHandleService.BUCKET,
                    FileHandleService.key(caller.userId(), objectId, request.getFileName()), objectId, null);
            dao.insert(c, u);
            return u;
        });
        if (dropped[0] >= 0) {
            store.deleteParts(dropped[0]);
        }
        return status(upload);
    }

    /** {@code POST /file/multipart/{uploadId}/presigned/url/batch}. */
    public BatchPresignedUploadUrlResponse presign(Caller caller, String uploadIdText,
                                                   BatchPresignedUploadUrlRequest request, String origin) {
        MultipartDao.Upload u = owned(caller, uploadIdText);
        List<Long> numbers = request.getPartNumbers();
        if (numbers == null || numbers.isEmpty()) {
            throw ApiException.badRequest("BatchPresignedUploadUrlRequest.partNumbers must contain at least one value");
        }
        Map<String, String> signedHeaders = new LinkedHashMap<>();
        if (request.getContentType() != null && !request.getContentType().isEmpty()) {
            signedHeaders.put("Content-Type", request.getContentType());
        }
        List<PartPresignedUrl> out = new ArrayList<>();
        for (Long n : numbers) {
            checkPartNumber(u, n);
            Map<String, String> params = new LinkedHashMap<>();
            params.put("partNumber", Long.toString(n));
            params.put("uploadId", Long.toString(u.id()));
            String url = urls.sign(origin, "PUT", u.bucket(), u.key(), params, signedHeaders,
                    PresignedUrls.UPLOAD_EXPIRY);
            out.add(new PartPresignedUrl().setPartNumber(n).setUploadPresignedUrl(url)
                    .setSignedHeaders(signedHeaders.isEmpty() ? null : Map.copyOf(signedHeaders)));
        }
        return new BatchPresignedUploadUrlResponse().setPartPresignedUrls(out);
    }

    /** The storage route received part bytes for an upload whose key matched: stage them durably. */
    FileStore.Written receivePart(MultipartDao.Upload u, long partNumber, InputStream body) throws IOException {
        FileStore.Written w = store.writePart(u.id(), partNumber, body);
        db.write(c -> {
            dao.staged(c, u.id(), partNumber, w.md5Hex(), w.size());
            return null;
        });
        LOG.debug("upload {} part {}: {} bytes staged", u.id(), partNumber, w.size());
        return w;
    }

    /** The upload a storage request names, if it is still open. */
    Optional<MultipartDao.Upload> openUpload(String uploadIdText) {
        Long id = FileHandleDao.parseId(uploadIdText);
        if (id == null) {
            return Optional.empty();
        }
        return db.read(c -> dao.get(c, id)).filter(u -> !u.completed());
    }

    /** {@code PUT /file/multipart/{uploadId}/add/{partNumber}?partMD5Hex=..}. */
    public AddPartResponse addPart(Caller caller, String uploadIdText, String partNumberText, String partMd5Hex) {
        MultipartDao.Upload u = owned(caller, uploadIdText);
        long n = parsePartNumber(partNumberText);
        synchronized (lock(u.id())) {
            MultipartDao.Upload fresh = db.read(c -> dao.get(c, u.id())).orElseThrow(() -> notFound(uploadIdText));
            if (fresh.completed()) {
                throw ApiException.badRequest("Cannot add parts to completed file upload.");
            }
            checkPartNumber(fresh, n);
            AddPartResponse r = new AddPartResponse().setUploadId(Long.toString(u.id())).setPartNumber(n);
            Optional<MultipartDao.Part> part = db.read(c -> dao.part(c, u.id(), n));
            if (part.isEmpty() || !store.hasPart(u.id(), n)) {
                return r.setAddPartState(AddPartState.ADD_FAILED).setErrorMessage(S3Errors.NO_SUCH_KEY);
            }
            if (partMd5Hex == null || !part.get().stagedMd5().equals(partMd5Hex.trim().toLowerCase(Locale.ROOT))) {
                return r.setAddPartState(AddPartState.ADD_FAILED).setErrorMessage(MD5_MISMATCH);
            }
            db.write(c -> {
                dao.added(c, u.id(), n, part.get().stagedMd5());
                dao.touch(c, u.id(), WireDates.now());
                return null;
            });
            return r.setAddPartState(AddPartState.ADD_SUCCESS);
        }
    }

    /** {@code PUT /file/multipart/{uploadId}/complete}. */
    public MultipartUploadStatus complete(Caller caller, String uploadIdText) throws IOException {
        MultipartDao.Upload u = owned(caller, uploadIdText);
        synchronized (lock(u.id())) {
            MultipartDao.Upload fresh = db.read(c -> dao.get(c, u.id())).orElseThrow(() -> notFound(uploadIdText));
            if (fresh.completed()) {
                return status(fresh);
            }
            List<MultipartDao.Part> parts = db.read(c -> dao.parts(c, u.id()));
            long added = parts.stream().filter(p -> p.addedMd5() != null && p.partNumber() <= fresh.numberOfParts())
                    .count();
            long missing = fresh.numberOfParts() - added;
            if (missing > 0) {
                throw ApiException.badRequest("Missing " + missing + " part(s).  All parts must be successfully added "
                        + "before a file upload can be completed.");
            }
            MultipartUploadRequest request = Json.mapper().readValue(fresh.requestJson(), MultipartUploadRequest.class);
            store.assemble(fresh.id(), fresh.numberOfParts(), fresh.objectId());
            long size = store.objectSize(fresh.objectId());
            MultipartDao.Upload done = db.write(c -> {
                S3FileHandle h = handles.newS3Handle(c, fresh.startedBy(), request.getFileName(),
                        request.getContentType(), request.getContentMD5Hex(), size, request.getStorageLocationId(),
                        fresh.objectId()).setKey(fresh.key());
                handles.dao().insert(c, h, fresh.objectId());
                dao.complete(c, fresh.id(), Long.parseLong(h.getId()), WireDates.now());
                return dao.get(c, fresh.id()).orElseThrow();
            });
            store.deleteParts(fresh.id());
            locks.remove(fresh.id());
            LOG.info("upload {} completed: file handle {} ({} bytes)", done.id(), done.resultFileHandleId(), size);
            return status(done);
        }
    }

    private Object lock(long uploadId) {
        return locks.computeIfAbsent(uploadId, k -> new Object());
    }

    private MultipartDao.Upload owned(Caller caller, String uploadIdText) {
        Long id = FileHandleDao.parseId(uploadIdText);
        if (id == null) {
            throw ApiException.badRequest("Invalid UploadId.");
        }
        MultipartDao.Upload u = db.read(c -> dao.get(c, id)).orElseThrow(() -> notFound(uploadIdText));
        if (u.startedBy() != caller.userId()) {
            throw ApiException.forbidden(NOT_OWNER);
        }
        return u;
    }

    private static ApiException notFound(String uploadId) {
        return ApiException.notFound("MultipartUploadStatus cannot be found for id: " + uploadId);
    }

    private static long parsePartNumber(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("Failed to convert value of type 'java.lang.String' to required type "
                    + "'java.lang.Integer'; For input string: \"" + text + "\"");
        }
    }

    private static void checkPartNumber(MultipartDao.Upload u, Long n) {
        if (n == null || n < 1) {
            throw ApiException.badRequest("Part numbers cannot be less than one.");
        }
        if (n > u.numberOfParts()) {
            throw ApiException.badRequest("Part number cannot be larger than number of parts. Number of parts: "
                    + u.numberOfParts() + ", provided part number: " + n);
        }
    }

    MultipartUploadStatus status(MultipartDao.Upload u) {
        StringBuilder state = new StringBuilder("0".repeat(u.numberOfParts()));
        if (u.completed()) {
            state = new StringBuilder("1".repeat(u.numberOfParts()));
        } else {
            for (MultipartDao.Part p : db.read(c -> dao.parts(c, u.id()))) {
                if (p.addedMd5() != null && p.partNumber() <= u.numberOfParts()) {
                    state.setCharAt((int) p.partNumber() - 1, '1');
                }
            }
        }
        return new MultipartUploadStatus().setUploadId(Long.toString(u.id()))
                .setStartedBy(Long.toString(u.startedBy())).setStartedOn(u.startedOn()).setUpdatedOn(u.updatedOn())
                .setPartsState(state.toString())
                .setState(u.completed() ? MultipartUploadState.COMPLETED : MultipartUploadState.UPLOADING)
                .setResultFileHandleId(u.resultFileHandleId() == null ? null : Long.toString(u.resultFileHandleId()));
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
