package org.synapsejdbc.local.table;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.synapsejdbc.client.model.ACCESS_TYPE;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.local.entity.EntityRecord;
import org.synapsejdbc.local.entity.EntityService;
import org.synapsejdbc.local.entity.SynIds;
import org.synapsejdbc.local.entity.VersionRecord;
import org.synapsejdbc.local.http.ApiException;
import org.synapsejdbc.local.http.Caller;
import org.synapsejdbc.local.table.column.ColumnStore;

/** Looks up table-like entities, their versions and schemas, with Synapse's access checks and messages. */
public final class TableMetadata {

    private final EntityService entities;
    private final ColumnStore columns;

    public TableMetadata(EntityService entities, ColumnStore columns) {
        this.entities = entities;
        this.columns = columns;
    }

    public EntityService entities() {
        return entities;
    }

    public ColumnStore columns() {
        return columns;
    }

    /** The schema of a table-like entity's version the caller may read (empty for other entity types). */
    public List<ColumnModel> schemaForRead(Caller caller, String id, Long version) {
        long n = SynIds.parse(id);
        return entities.db().read(c -> {
            EntityRecord node = entities.access().require(c, caller, n, ACCESS_TYPE.READ);
            if (!node.kind().tableLike()) {
                return List.<ColumnModel>of();
            }
            VersionRecord v = entities.version(c, node, version);
            return columns.getAll(TableInfo.columnIds(v.props()));
        });
    }

    /**
     * A live table-like entity (any access checks are the caller's job): 404 {@code Resource: '123' does not
     * exist} when missing, 400 {@code syn123 is not a table or view} for other entity types.
     */
    public TableInfo table(Connection c, long id, Long version) throws SQLException {
        EntityRecord node = entities.store().node(c, id).filter(x -> !x.trashed()).orElseThrow(() ->
                ApiException.notFound("Resource: '" + id + "' does not exist"));
        if (!node.kind().tableLike()) {
            throw ApiException.badRequest(node.synId() + " is not a table or view");
        }
        boolean snapshot = version != null && version != node.currentVersion();
        VersionRecord v = entities.version(c, node, version);
        return new TableInfo(node, v, snapshot, columns.getAll(TableInfo.columnIds(v.props())));
    }

    /** {@link #table} in its own read transaction. */
    public TableInfo table(long id, Long version) {
        return entities.db().read(c -> table(c, id, version));
    }

    /** {@link #table} plus the caller's access check (404/403 texts as Synapse). */
    public TableInfo table(Caller caller, long id, Long version, ACCESS_TYPE access) {
        return entities.db().read(c -> {
            TableInfo t = table(c, id, version);
            entities.access().check(c, caller, id, access);
            return t;
        });
    }
}
