package org.synapsejdbc.local.files;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.synapsejdbc.local.store.RepositoryDb;
import org.synapsejdbc.local.store.Sql;

/**
 * SQL for multipart uploads (MULTIPART_UPLOAD) and their parts (MULTIPART_PART: what the storage route received,
 * and what {@code add} accepted).
 */
public final class MultipartDao {

    /** One upload: who started it, for which request, where the object will live and its state. */
    public record Upload(long id, long startedBy, String requestHash, String requestJson, Instant startedOn,
                         Instant updatedOn, boolean completed, int numberOfParts, long fileSize, String bucket,
                         String key, String objectId, Long resultFileHandleId) {
    }

    /** One part: the MD5 of the bytes the storage route holds, and the MD5 accepted by {@code add} (or null). */
    public record Part(long partNumber, String stagedMd5, long stagedSize, String addedMd5) {
    }

    private final RepositoryDb db;

    public MultipartDao(RepositoryDb db) {
        this.db = db;
        db.migrate("files-multipart-1",
                "CREATE TABLE MULTIPART_UPLOAD(ID BIGINT PRIMARY KEY, STARTED_BY BIGINT NOT NULL,"
                        + " REQUEST_HASH VARCHAR(64) NOT NULL, REQUEST_JSON CLOB NOT NULL, STARTED_ON BIGINT NOT NULL,"
                        + " UPDATED_ON BIGINT NOT NULL, COMPLETED BOOLEAN NOT NULL, NUMBER_OF_PARTS INT NOT NULL,"
                        + " FILE_SIZE BIGINT NOT NULL, BUCKET VARCHAR(100) NOT NULL, KEY_NAME VARCHAR(1000) NOT NULL,"
                        + " OBJECT_ID VARCHAR(64) NOT NULL, RESULT_FILE_HANDLE_ID BIGINT,"
                        + " CONSTRAINT MULTIPART_REQUEST UNIQUE(STARTED_BY, REQUEST_HASH))",
                "CREATE TABLE MULTIPART_PART(UPLOAD_ID BIGINT NOT NULL, PART_NUMBER BIGINT NOT NULL,"
                        + " STAGED_MD5 VARCHAR(32) NOT NULL, STAGED_SIZE BIGINT NOT NULL, ADDED_MD5 VARCHAR(32),"
                        + " PRIMARY KEY(UPLOAD_ID, PART_NUMBER))");
    }

    public long nextId(Connection c) throws SQLException {
        return db.nextId(c, "MULTIPART_UPLOAD_ID_SEQ", 10_000L);
    }

    public void insert(Connection c, Upload u) throws SQLException {
        Sql.update(c, "INSERT INTO MULTIPART_UPLOAD(ID, STARTED_BY, REQUEST_HASH, REQUEST_JSON, STARTED_ON, UPDATED_ON,"
                        + " COMPLETED, NUMBER_OF_PARTS, FILE_SIZE, BUCKET, KEY_NAME, OBJECT_ID, RESULT_FILE_HANDLE_ID)"
                        + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                u.id(), u.startedBy(), u.requestHash(), u.requestJson(), u.startedOn(), u.updatedOn(), u.completed(),
                u.numberOfParts(), u.fileSize(), u.bucket(), u.key(), u.objectId(), u.resultFileHandleId());
    }

    public Optional<Upload> get(Connection c, long id) throws SQLException {
        return Sql.one(c, "SELECT * FROM MULTIPART_UPLOAD WHERE ID = ?", MultipartDao::map, id);
    }

    public Optional<Upload> byRequest(Connection c, long startedBy, String requestHash) throws SQLException {
        return Sql.one(c, "SELECT * FROM MULTIPART_UPLOAD WHERE STARTED_BY = ? AND REQUEST_HASH = ?",
                MultipartDao::map, startedBy, requestHash);
    }

    public void delete(Connection c, long id) throws SQLException {
        Sql.update(c, "DELETE FROM MULTIPART_PART WHERE UPLOAD_ID = ?", id);
        Sql.update(c, "DELETE FROM MULTIPART_UPLOAD WHERE ID = ?", id);
    }

    public void complete(Connection c, long id, long fileHandleId, Instant now) throws SQLException {
        Sql.update(c, "UPDATE MULTIPART_UPLOAD SET COMPLETED = TRUE, RESULT_FILE_HANDLE_ID = ?, UPDATED_ON = ?"
                + " WHERE ID = ?", fileHandleId, now, id);
    }

    public void touch(Connection c, long id, Instant now) throws SQLException {
        Sql.update(c, "UPDATE MULTIPART_UPLOAD SET UPDATED_ON = ? WHERE ID = ?", now, id);
    }

    /** Records bytes received by the storage route; a re-upload replaces them and must be added again. */
    public void staged(Connection c, long uploadId, long partNumber, String md5, long size) throws SQLException {
        Sql.update(c, "MERGE INTO MULTIPART_PART(UPLOAD_ID, PART_NUMBER, STAGED_MD5, STAGED_SIZE, ADDED_MD5)"
                + " KEY(UPLOAD_ID, PART_NUMBER) VALUES (?,?,?,?,NULL)", uploadId, partNumber, md5, size);
    }

    public void added(Connection c, long uploadId, long partNumber, String md5) throws SQLException {
        Sql.update(c, "UPDATE MULTIPART_PART SET ADDED_MD5 = ? WHERE UPLOAD_ID = ? AND PART_NUMBER = ?",
                md5, uploadId, partNumber);
    }

    public Optional<Part> part(Connection c, long uploadId, long partNumber) throws SQLException {
        return Sql.one(c, "SELECT * FROM MULTIPART_PART WHERE UPLOAD_ID = ? AND PART_NUMBER = ?", MultipartDao::part,
                uploadId, partNumber);
    }

    public List<Part> parts(Connection c, long uploadId) throws SQLException {
        return Sql.list(c, "SELECT * FROM MULTIPART_PART WHERE UPLOAD_ID = ? ORDER BY PART_NUMBER", MultipartDao::part,
                uploadId);
    }

    private static Part part(ResultSet rs) throws SQLException {
        return new Part(rs.getLong("PART_NUMBER"), rs.getString("STAGED_MD5"), rs.getLong("STAGED_SIZE"),
                rs.getString("ADDED_MD5"));
    }

    private static Upload map(ResultSet rs) throws SQLException {
        return new Upload(rs.getLong("ID"), rs.getLong("STARTED_BY"), rs.getString("REQUEST_HASH"),
                rs.getString("REQUEST_JSON"), Sql.instant(rs, "STARTED_ON"), Sql.instant(rs, "UPDATED_ON"),
                rs.getBoolean("COMPLETED"), rs.getInt("NUMBER_OF_PARTS"), rs.getLong("FILE_SIZE"),
                rs.getString("BUCKET"), rs.getString("KEY_NAME"), rs.getString("OBJECT_ID"),
                Sql.longOrNull(rs, "RESULT_FILE_HANDLE_ID"));
    }
}
