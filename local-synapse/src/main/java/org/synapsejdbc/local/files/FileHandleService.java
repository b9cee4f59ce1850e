package org.synapsejdbc.local.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.synapsejdbc.client.model.ExternalFileHandle;
import org.synapsejdbc.client.model.FileHandle;
import org.synapsejdbc.client.model.FileHandleAssociateType;
import org.synapsejdbc.client.model.FileHandleStatus;
import org.synapsejdbc.client.model.S3FileHandle;
import org.synapsejdbc.local.http.Caller;
import org.synapsejdbc.local.http.WireDates;
import org.synapsejdbc.local.store.RepositoryDb;

/**
 * File handles for other modules (published in the {@code ServerContext}): look handles up, store server-made files
 * (query results, demo data), read their bytes, issue presigned download URLs, and plug in association types
 * ({@link #registerAssociation}: the tables module adds {@code TableEntity} for cells and CSV results).
 */
public final class FileHandleService {

    /** The bucket name local-synapse reports in {@code S3FileHandle.bucketName}. */
    public static final String BUCKET = "local-synapse";
    /** Synapse's default storage location ({@code S3UploadDestination.storageLocationId}). */
    public static final long DEFAULT_STORAGE_LOCATION_ID = 1L;

    private final RepositoryDb db;
    private final FileHandleDao dao;
    private final FileStore store;
    private final PresignedUrls urls;
    private final Map<FileHandleAssociateType, FileAssociation> associations = new ConcurrentHashMap<>();

    FileHandleService(RepositoryDb db, FileHandleDao dao, FileStore store, PresignedUrls urls) {
        this.db = db;
        this.dao = dao;
        this.store = store;
        this.urls = urls;
    }

    /** Adds the access rule for one associate type (one per type). */
    public void registerAssociation(FileHandleAssociateType type, FileAssociation association) {
        if (associations.putIfAbsent(type, association) != null) {
            throw new IllegalStateException("association already registered: " + type);
        }
    }

    /** The handle with this id, if it exists. */
    public Optional<FileHandle> find(String id) {
        return db.read(c -> find(c, id));
    }

    public Optional<FileHandle> find(Connection c, String id) throws SQLException {
        return dao.get(c, id).map(FileHandleDao.Stored::handle);
    }

    Optional<FileHandleDao.Stored> findByKey(String bucket, String key) {
        return db.read(c -> dao.byKey(c, bucket, key));
    }

    FileHandleDao dao() {
        return dao;
    }

    /**
     * Stores a server-made file (e.g. a CSV query result) and returns its new S3 file handle, created by
     * {@code createdBy}. The stream is consumed, not closed; memory stays bounded.
     */
    public S3FileHandle create(long createdBy, String fileName, String contentType, InputStream content)
            throws IOException {
        String objectId = UUID.randomUUID().toString();
        FileStore.Written w = store.writeObject(objectId, content);
        return db.write(c -> {
            S3FileHandle h = newS3Handle(c, createdBy, fileName, contentType, w.md5Hex(), w.size(), null, objectId);
            dao.insert(c, h, objectId);
            return h;
        });
    }

    /** Builds (does not store) an S3 handle with a fresh id and key. */
    S3FileHandle newS3Handle(Connection c, long createdBy, String fileName, String contentType, String md5,
                             long size, Long storageLocationId, String objectId) throws SQLException {
        var now = WireDates.now();
        return new S3FileHandle().setId(Long.toString(dao.nextId(c))).setEtag(UUID.randomUUID().toString())
                .setCreatedBy(Long.toString(createdBy)).setCreatedOn(now).setModifiedOn(now)
                .setContentType(contentType).setContentMd5(md5).setFileName(fileName)
                .setStorageLocationId(storageLocationId == null ? DEFAULT_STORAGE_LOCATION_ID : storageLocationId)
                .setContentSize(size).setStatus(FileHandleStatus.AVAILABLE).setBucketName(BUCKET)
                .setKey(key(createdBy, objectId, fileName)).setIsPreview(false);
    }

    static String key(long userId, String objectId, String fileName) {
        return userId + "/" + objectId + "/" + fileName;
    }

    /** The bytes of a handle stored by local-synapse (not external ones); the caller closes the stream. */
    public InputStream open(String fileHandleId) {
        FileHandleDao.Stored s = db.read(c -> dao.get(c, fileHandleId)).orElseThrow(() ->
                new IllegalArgumentException("The FileHandle does not exist: " + fileHandleId));
        if (s.objectId() == null) {
            throw new IllegalArgumentException("File handle " + fileHandleId + " has no bytes in local storage");
        }
        try {
            return Channels.newInputStream(store.openObject(s.objectId()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A presigned download URL valid for 30 s on this server's storage route ({@code origin} = how the client
     * addressed the server), or the external URL of an external handle.
     */
    public String downloadUrl(String origin, FileHandle h) {
        if (h instanceof ExternalFileHandle e) {
            return e.getExternalURL();
        }
        S3FileHandle s3 = (S3FileHandle) h;
        Map<String, String> params = new LinkedHashMap<>();
        params.put("response-content-disposition", "attachment; filename=" + s3.getFileName());
        return urls.sign(origin, "GET", s3.getBucketName(), s3.getKey(), params, Map.of(),
                PresignedUrls.DOWNLOAD_EXPIRY);
    }

    /** Decides per handle whether {@code caller} may download it through the given object. */
    public Map<String, FileAssociation.Decision> decide(Connection c, Caller caller, FileHandleAssociateType type,
                                                        String objectId, Collection<String> ids) throws SQLException {
        FileAssociation a = type == null ? null : associations.get(type);
        if (a == null) {
            Map<String, FileAssociation.Decision> out = new LinkedHashMap<>();
            for (String id : ids) {
                out.put(id, FileAssociation.Decision.denied("Unsupported FileHandleAssociateType: " + type));
            }
            return out;
        }
        return a.decide(c, caller, objectId, ids);
    }
}
