package org.synapsejdbc.local.table.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.synapsejdbc.client.model.ACCESS_TYPE;
import org.synapsejdbc.client.model.FileHandle;
import org.synapsejdbc.local.entity.EntityRecord;
import org.synapsejdbc.local.entity.EntityService;
import org.synapsejdbc.local.entity.SynIds;
import org.synapsejdbc.local.files.FileAssociation;
import org.synapsejdbc.local.files.FileHandleService;
import org.synapsejdbc.local.http.Caller;
import org.synapsejdbc.local.store.RepositoryDb;
import org.synapsejdbc.local.store.Sql;

/**
 * The {@code TableEntity} file association: through a table or view the caller can read, its creator may download
 * a CSV query result produced from it, and anyone with READ and DOWNLOAD may download the file handles held in
 * the table's FILEHANDLEID columns (current version).
 */
public final class ResultFiles implements FileAssociation {

    private final RepositoryDb db;
    private final EntityService entities;
    private volatile FileHandleService files;
    private final FileCells cells;

    public ResultFiles(RepositoryDb db, EntityService entities, FileCells cells) {
        this.db = db;
        this.entities = entities;
        this.cells = cells;
        db.migrate("table-result-files-1",
                "CREATE TABLE TABLE_RESULT_FILE(FILE_HANDLE_ID VARCHAR(40) PRIMARY KEY, TABLE_ID BIGINT NOT NULL)");
    }

    public void files(FileHandleService service) {
        this.files = service;
    }

    void record(String fileHandleId, long tableId) {
        db.write(c -> Sql.update(c, "INSERT INTO TABLE_RESULT_FILE(FILE_HANDLE_ID, TABLE_ID) VALUES (?,?)",
                fileHandleId, tableId));
    }

    @Override
    public Map<String, Decision> decide(Connection c, Caller caller, String objectId, Collection<String> ids)
            throws SQLException {
        Map<String, Decision> out = new LinkedHashMap<>();
        long tableId = SynIds.parse(objectId);
        EntityRecord node = entities.store().node(c, tableId).filter(n -> !n.trashed()).orElse(null);
        for (String id : ids) {
            if (node == null) {
                out.put(id, Decision.notFound("Resource: '" + SynIds.format(tableId) + "' does not exist"));
                continue;
            }
            if (!entities.access().has(c, caller, tableId, ACCESS_TYPE.READ)) {
                out.put(id, Decision.denied("You lack READ access to the requested entity."));
                continue;
            }
            Long producedFrom = Sql.one(c, "SELECT TABLE_ID FROM TABLE_RESULT_FILE WHERE FILE_HANDLE_ID = ?",
                    rs -> rs.getLong(1), id).orElse(null);
            FileHandle h = files == null ? null : files.find(c, id).orElse(null);
            boolean creator = h != null && caller.userIdString().equals(h.getCreatedBy());
            if (producedFrom != null && producedFrom == tableId && creator) {
                out.put(id, Decision.GRANTED);
            } else if (producedFrom == null && entities.access().has(c, caller, tableId, ACCESS_TYPE.DOWNLOAD)
                    && cells.contains(tableId, id)) {
                out.put(id, Decision.GRANTED);
            } else {
                out.put(id, Decision.denied("The user does not have permission to download the file handle " + id
                        + " through the table " + SynIds.format(tableId)));
            }
        }
        return out;
    }
}
