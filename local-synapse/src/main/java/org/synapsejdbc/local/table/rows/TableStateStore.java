package org.synapsejdbc.local.table.rows;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.synapsejdbc.local.http.WireDates;
import org.synapsejdbc.local.store.RepositoryDb;
import org.synapsejdbc.local.store.Sql;

/**
 * Per-table change bookkeeping in the repository DB: the last change number (every change set gets the next
 * one, which becomes the row version of the rows it touches), the next row id, the etag of each change, and
 * when the table last changed.
 */
public final class TableStateStore {

    /** The state of a table's rows. */
    public record State(long tableId, String etag, long lastVersion, long nextRowId, Instant changedOn) {
    }

    private final RepositoryDb db;

    public TableStateStore(RepositoryDb db) {
        this.db = db;
        db.migrate("table-state-1",
                "CREATE TABLE TABLE_ROW_STATE(TABLE_ID BIGINT PRIMARY KEY, ETAG VARCHAR(36) NOT NULL,"
                        + " LAST_VERSION BIGINT NOT NULL, NEXT_ROW_ID BIGINT NOT NULL, CHANGED_ON BIGINT NOT NULL)",
                "CREATE TABLE TABLE_CHANGE(TABLE_ID BIGINT NOT NULL, VERSION BIGINT NOT NULL, ETAG VARCHAR(36) NOT NULL,"
                        + " PRIMARY KEY(TABLE_ID, VERSION))",
                "CREATE INDEX TABLE_CHANGE_ETAG ON TABLE_CHANGE(TABLE_ID, ETAG)");
    }

    /** The state, or an initial one (no changes yet) for a table never written. */
    public State state(long tableId) {
        return db.read(c -> state(c, tableId));
    }

    State state(Connection c, long tableId) throws SQLException {
        Optional<State> s = Sql.one(c, "SELECT * FROM TABLE_ROW_STATE WHERE TABLE_ID = ?", rs -> new State(tableId,
                rs.getString("ETAG"), rs.getLong("LAST_VERSION"), rs.getLong("NEXT_ROW_ID"),
                Sql.instant(rs, "CHANGED_ON")), tableId);
        return s.orElseGet(() -> new State(tableId, null, 0, 1, null));
    }

    /** Records a new change (rows written with {@code version}); returns the new state. */
    public State recordChange(long tableId, long version, long nextRowId) {
        return db.write(c -> {
            String etag = UUID.randomUUID().toString();
            Instant now = WireDates.now();
            if (Sql.update(c, "UPDATE TABLE_ROW_STATE SET ETAG = ?, LAST_VERSION = ?, NEXT_ROW_ID = ?, CHANGED_ON = ?"
                    + " WHERE TABLE_ID = ?", etag, version, nextRowId, now, tableId) == 0) {
                Sql.update(c, "INSERT INTO TABLE_ROW_STATE(TABLE_ID, ETAG, LAST_VERSION, NEXT_ROW_ID, CHANGED_ON)"
                        + " VALUES (?,?,?,?,?)", tableId, etag, version, nextRowId, now);
            }
            Sql.update(c, "INSERT INTO TABLE_CHANGE(TABLE_ID, VERSION, ETAG) VALUES (?,?,?)", tableId, version, etag);
            return new State(tableId, etag, version, nextRowId, now);
        });
    }

    /** The change number an etag was issued for, if it belongs to the table. */
    public Optional<Long> versionOfEtag(long tableId, String etag) {
        return db.read(c -> Sql.one(c, "SELECT VERSION FROM TABLE_CHANGE WHERE TABLE_ID = ? AND ETAG = ?",
                rs -> rs.getLong(1), tableId, etag));
    }
}
