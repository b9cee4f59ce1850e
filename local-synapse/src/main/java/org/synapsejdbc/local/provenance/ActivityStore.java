package org.synapsejdbc.local.provenance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.synapsejdbc.client.model.Activity;
import org.synapsejdbc.client.model.Used;
import org.synapsejdbc.local.http.Json;
import org.synapsejdbc.local.store.RepositoryDb;
import org.synapsejdbc.local.store.Sql;

/** SQL for activities (provenance records) in the repository DB. */
public final class ActivityStore {

    private static final TypeReference<List<Used>> USED = new TypeReference<>() {
    };

    private final RepositoryDb db;

    public ActivityStore(RepositoryDb db) {
        this.db = db;
        db.migrate("provenance-1",
                "CREATE TABLE ACTIVITY(ID BIGINT PRIMARY KEY, ETAG VARCHAR(40) NOT NULL, NAME VARCHAR(256),"
                        + " DESCRIPTION VARCHAR(1000), CREATED_ON BIGINT NOT NULL, CREATED_BY BIGINT NOT NULL,"
                        + " MODIFIED_ON BIGINT NOT NULL, MODIFIED_BY BIGINT NOT NULL, USED CLOB)");
    }

    public long nextId(Connection c) throws SQLException {
        return db.nextId(c, "ACTIVITY_ID_SEQ", 2_000_001L);
    }

    public Optional<Activity> get(Connection c, long id) throws SQLException {
        return Sql.one(c, "SELECT * FROM ACTIVITY WHERE ID = ?", ActivityStore::map, id);
    }

    public void insert(Connection c, Activity a) throws SQLException {
        Sql.update(c, "INSERT INTO ACTIVITY(ID, ETAG, NAME, DESCRIPTION, CREATED_ON, CREATED_BY, MODIFIED_ON,"
                + " MODIFIED_BY, USED) VALUES (?,?,?,?,?,?,?,?,?)", Long.parseLong(a.getId()), a.getEtag(), a.getName(),
                a.getDescription(), a.getCreatedOn(), Long.parseLong(a.getCreatedBy()), a.getModifiedOn(),
                Long.parseLong(a.getModifiedBy()), used(a));
    }

    public void update(Connection c, Activity a) throws SQLException {
        Sql.update(c, "UPDATE ACTIVITY SET ETAG = ?, NAME = ?, DESCRIPTION = ?, MODIFIED_ON = ?, MODIFIED_BY = ?,"
                + " USED = ? WHERE ID = ?", a.getEtag(), a.getName(), a.getDescription(), a.getModifiedOn(),
                Long.parseLong(a.getModifiedBy()), used(a), Long.parseLong(a.getId()));
    }

    public void delete(Connection c, long id) throws SQLException {
        Sql.update(c, "UPDATE NODE_VERSION SET ACTIVITY_ID = NULL WHERE ACTIVITY_ID = ?", id);
        Sql.update(c, "DELETE FROM ACTIVITY WHERE ID = ?", id);
    }

    private static String used(Activity a) throws SQLException {
        try {
            return a.getUsed() == null ? null : Json.mapper().writerFor(USED).writeValueAsString(a.getUsed());
        } catch (JsonProcessingException e) {
            throw new SQLException(e);
        }
    }

    private static Activity map(ResultSet rs) throws SQLException {
        Activity a = new Activity().setId(Long.toString(rs.getLong("ID"))).setEtag(rs.getString("ETAG"))
                .setName(rs.getString("NAME")).setDescription(rs.getString("DESCRIPTION"))
                .setCreatedOn(Sql.instant(rs, "CREATED_ON")).setCreatedBy(Long.toString(rs.getLong("CREATED_BY")))
                .setModifiedOn(Sql.instant(rs, "MODIFIED_ON")).setModifiedBy(Long.toString(rs.getLong("MODIFIED_BY")));
        String used = rs.getString("USED");
        if (used != null) {
            try {
                a.setUsed(Json.mapper().readValue(used, USED));
            } catch (JsonProcessingException e) {
                throw new SQLException(e);
            }
        }
        return a;
    }
}
