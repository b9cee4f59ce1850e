package org.synapsejdbc.local.files;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.synapsejdbc.client.model.ExternalFileHandle;
import org.synapsejdbc.client.model.FileHandle;
import org.synapsejdbc.client.model.FileHandleStatus;
import org.synapsejdbc.client.model.S3FileHandle;
import org.synapsejdbc.local.store.RepositoryDb;
import org.synapsejdbc.local.store.Sql;

/** SQL for file handles (FILE_HANDLE) in the repository DB, and their mapping to the wire models. */
public final class FileHandleDao {

    /** A stored file handle: the wire model plus where its bytes live (null object id for external handles). */
    public record Stored(FileHandle handle, String objectId) {
        public long createdBy() {
            return Long.parseLong(handle.getCreatedBy());
        }
    }

    private final RepositoryDb db;
    private final long idStart;

    public FileHandleDao(RepositoryDb db) {
        this.db = db;
        // Ids start from the clock so a fresh in-memory store never reissues an id a client has cached before.
        this.idStart = System.currentTimeMillis();
        db.migrate("files-1",
                "CREATE TABLE FILE_HANDLE(ID BIGINT PRIMARY KEY, ETAG VARCHAR(40) NOT NULL,"
                        + " CREATED_BY BIGINT NOT NULL, CREATED_ON BIGINT NOT NULL, MODIFIED_ON BIGINT NOT NULL,"
                        + " CONCRETE_TYPE VARCHAR(100) NOT NULL, CONTENT_TYPE VARCHAR(256), CONTENT_MD5 VARCHAR(100),"
                        + " FILE_NAME VARCHAR(256) NOT NULL, STORAGE_LOCATION_ID BIGINT, CONTENT_SIZE BIGINT,"
                        + " BUCKET VARCHAR(100), KEY_NAME VARCHAR(1000),"
                        + " OBJECT_ID VARCHAR(64), EXTERNAL_URL VARCHAR(2000), STATUS VARCHAR(20) NOT NULL)",
                "CREATE INDEX FILE_HANDLE_KEY ON FILE_HANDLE(BUCKET, KEY_NAME)");
    }

    public long nextId(Connection c) throws SQLException {
        return db.nextId(c, "FILE_HANDLE_ID_SEQ", idStart);
    }

    public void insert(Connection c, FileHandle h, String objectId) throws SQLException {
        String bucket = h instanceof S3FileHandle s ? s.getBucketName() : null;
        String key = h instanceof S3FileHandle s ? s.getKey() : null;
        String url = h instanceof ExternalFileHandle e ? e.getExternalURL() : null;
        Sql.update(c, "INSERT INTO FILE_HANDLE(ID, ETAG, CREATED_BY, CREATED_ON, MODIFIED_ON, CONCRETE_TYPE,"
                        + " CONTENT_TYPE, CONTENT_MD5, FILE_NAME, STORAGE_LOCATION_ID, CONTENT_SIZE, BUCKET, KEY_NAME,"
                        + " OBJECT_ID, EXTERNAL_URL, STATUS) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                Long.parseLong(h.getId()), h.getEtag(), Long.parseLong(h.getCreatedBy()), h.getCreatedOn(),
                h.getModifiedOn(), h.getConcreteType(), h.getContentType(), h.getContentMd5(), h.getFileName(),
                h.getStorageLocationId(), h.getContentSize(), bucket, key, objectId, url,
                h.getStatus() == null ? FileHandleStatus.AVAILABLE.name() : h.getStatus().name());
    }

    /** The handle with this id; ids that are not numbers simply do not exist. */
    public Optional<Stored> get(Connection c, String id) throws SQLException {
        Long n = parseId(id);
        if (n == null) {
            return Optional.empty();
        }
        return Sql.one(c, "SELECT * FROM FILE_HANDLE WHERE ID = ?", FileHandleDao::map, n);
    }

    public List<Stored> getAll(Connection c, Collection<String> ids) throws SQLException {
        List<Long> numeric = ids.stream().map(FileHandleDao::parseId).filter(x -> x != null).distinct().toList();
        if (numeric.isEmpty()) {
            return List.of();
        }
        String marks = numeric.stream().map(x -> "?").collect(Collectors.joining(","));
        return Sql.list(c, "SELECT * FROM FILE_HANDLE WHERE ID IN (" + marks + ")", FileHandleDao::map,
                numeric.toArray());
    }

    public Optional<Stored> byKey(Connection c, String bucket, String key) throws SQLException {
        return Sql.one(c, "SELECT * FROM FILE_HANDLE WHERE BUCKET = ? AND KEY_NAME = ?", FileHandleDao::map,
                bucket, key);
    }

    static Long parseId(String id) {
        if (id == null) {
            return null;
        }
        try {
            return Long.parseLong(id.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Stored map(ResultSet rs) throws SQLException {
        String type = rs.getString("CONCRETE_TYPE");
        String id = Long.toString(rs.getLong("ID"));
        String createdBy = Long.toString(rs.getLong("CREATED_BY"));
        Instant createdOn = Sql.instant(rs, "CREATED_ON");
        Instant modifiedOn = Sql.instant(rs, "MODIFIED_ON");
        FileHandleStatus status = FileHandleStatus.valueOf(rs.getString("STATUS"));
        FileHandle h;
        if (ExternalFileHandle.CONCRETE_TYPE.equals(type)) {
            h = new ExternalFileHandle().setId(id).setEtag(rs.getString("ETAG")).setCreatedBy(createdBy)
                    .setCreatedOn(createdOn).setModifiedOn(modifiedOn).setContentType(rs.getString("CONTENT_TYPE"))
                    .setContentMd5(rs.getString("CONTENT_MD5")).setFileName(rs.getString("FILE_NAME"))
                    .setStorageLocationId(Sql.longOrNull(rs, "STORAGE_LOCATION_ID"))
                    .setContentSize(Sql.longOrNull(rs, "CONTENT_SIZE")).setStatus(status)
                    .setExternalURL(rs.getString("EXTERNAL_URL"));
        } else {
            h = new S3FileHandle().setId(id).setEtag(rs.getString("ETAG")).setCreatedBy(createdBy)
                    .setCreatedOn(createdOn).setModifiedOn(modifiedOn).setContentType(rs.getString("CONTENT_TYPE"))
                    .setContentMd5(rs.getString("CONTENT_MD5")).setFileName(rs.getString("FILE_NAME"))
                    .setStorageLocationId(Sql.longOrNull(rs, "STORAGE_LOCATION_ID"))
                    .setContentSize(Sql.longOrNull(rs, "CONTENT_SIZE")).setStatus(status)
                    .setBucketName(rs.getString("BUCKET")).setKey(rs.getString("KEY_NAME")).setIsPreview(false);
        }
        return new Stored(h, rs.getString("OBJECT_ID"));
    }
}
