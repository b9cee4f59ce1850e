package org.synapsejdbc.local.table.column;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.local.http.ApiException;
import org.synapsejdbc.local.http.Json;
import org.synapsejdbc.local.store.RepositoryDb;
import org.synapsejdbc.local.store.Sql;

/**
 * Global, immutable column models in the repository DB. Creation is idempotent: a definition is keyed by the
 * hash of its normalised JSON, so an identical definition returns the existing id.
 */
public final class ColumnStore {

    private final RepositoryDb db;
    /** Column models never change, so they are cached forever by id. */
    private final Map<String, ColumnModel> cache = new ConcurrentHashMap<>();

    public ColumnStore(RepositoryDb db) {
        this.db = db;
        db.migrate("table-columns-1",
                "CREATE TABLE TABLE_COLUMN_MODEL(ID BIGINT PRIMARY KEY, DEF_HASH VARCHAR(64) NOT NULL UNIQUE,"
                        + " NAME VARCHAR(256) NOT NULL, JSON CLOB NOT NULL)",
                "CREATE INDEX TABLE_COLUMN_MODEL_NAME ON TABLE_COLUMN_MODEL(NAME, ID)");
    }

    /** Validates, normalises and stores (or finds) each definition; all or nothing. */
    public List<ColumnModel> createAll(List<ColumnModel> definitions) {
        List<ColumnModel> normalized = new ArrayList<>();
        for (ColumnModel d : definitions) {
            if (d == null) {
                throw ApiException.badRequest("ColumnModel cannot be null");
            }
            normalized.add(ColumnRules.normalize(d));
        }
        return db.write(c -> {
            List<ColumnModel> out = new ArrayList<>();
            for (ColumnModel m : normalized) {
                out.add(createOne(c, m));
            }
            return out;
        });
    }

    /** Stores a normalised definition (or finds the identical one) inside a write transaction. */
    public ColumnModel createOne(Connection c, ColumnModel normalized) throws SQLException {
        String json = json(normalized.setId(null));
        String hash = sha256(json);
        Optional<Long> existing = Sql.one(c, "SELECT ID FROM TABLE_COLUMN_MODEL WHERE DEF_HASH = ?",
                rs -> rs.getLong(1), hash);
        long id;
        if (existing.isPresent()) {
            id = existing.get();
        } else {
            id = db.nextId(c, "TABLE_COLUMN_ID_SEQ", 100_000L);
            Sql.update(c, "INSERT INTO TABLE_COLUMN_MODEL(ID, DEF_HASH, NAME, JSON) VALUES (?,?,?,?)", id, hash,
                    normalized.getName(), json);
        }
        return copy(normalized).setId(Long.toString(id));
    }

    /** A column by id, or 404 {@code Column does not exist for id: <id>}. */
    public ColumnModel get(String id) {
        ColumnModel cached = id == null ? null : cache.get(id);
        if (cached != null) {
            return copy(cached);
        }
        long n = parseId(id);
        ColumnModel m = db.read(c -> find(c, n)).orElseThrow(() ->
                ApiException.notFound("Column does not exist for id: " + id));
        cache.put(m.getId(), m);
        return copy(m);
    }

    /** Columns by id in the given order (404 for the first unknown one). */
    public List<ColumnModel> getAll(List<String> ids) {
        List<ColumnModel> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            out.add(get(id));
        }
        return out;
    }

    /** Columns by id keyed by id (unknown ids are 404s). */
    public Map<String, ColumnModel> byId(List<String> ids) {
        Map<String, ColumnModel> out = new LinkedHashMap<>();
        for (ColumnModel m : getAll(ids)) {
            out.put(m.getId(), m);
        }
        return out;
    }

    /** Columns whose name starts with {@code prefix} (all when null), ordered by name then id. */
    public List<ColumnModel> list(String prefix, long limit, long offset) {
        String p = prefix == null ? "" : prefix;
        return db.read(c -> Sql.list(c, "SELECT JSON, ID FROM TABLE_COLUMN_MODEL WHERE NAME LIKE ? ESCAPE '\\'"
                        + " ORDER BY NAME, ID LIMIT ? OFFSET ?", rs -> parse(rs.getString(1), rs.getLong(2)),
                likePrefix(p), limit, offset));
    }

    public long count(String prefix) {
        String p = prefix == null ? "" : prefix;
        return db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM TABLE_COLUMN_MODEL WHERE NAME LIKE ? ESCAPE '\\'",
                likePrefix(p)));
    }

    private static String likePrefix(String p) {
        return p.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private Optional<ColumnModel> find(Connection c, long id) throws SQLException {
        return Sql.one(c, "SELECT JSON FROM TABLE_COLUMN_MODEL WHERE ID = ?", rs -> parse(rs.getString(1), id), id);
    }

    private static long parseId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException | NullPointerException e) {
            throw ApiException.notFound("Column does not exist for id: " + id);
        }
    }

    private static ColumnModel parse(String json, long id) throws SQLException {
        try {
            return Json.mapper().readValue(json, ColumnModel.class).setId(Long.toString(id));
        } catch (JsonProcessingException e) {
            throw new SQLException("corrupt column model " + id, e);
        }
    }

    /** A deep copy (models are mutable wire objects; callers must not change cached ones). */
    public static ColumnModel copy(ColumnModel m) {
        return Json.mapper().convertValue(m, ColumnModel.class);
    }

    private static String json(ColumnModel m) {
        try {
            return Json.mapper().writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
