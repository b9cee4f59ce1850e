package org.synapsejdbc.local.table.rows;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.synapsejdbc.client.model.ColumnChange;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.ColumnType;
import org.synapsejdbc.client.model.TableSchemaChangeRequest;
import org.synapsejdbc.client.model.TableSchemaChangeResponse;
import org.synapsejdbc.local.entity.EntityRecord;
import org.synapsejdbc.local.entity.EntityService;
import org.synapsejdbc.local.entity.VersionRecord;
import org.synapsejdbc.local.http.ApiException;
import org.synapsejdbc.local.http.Caller;
import org.synapsejdbc.local.sql.SynapseSqlException;
import org.synapsejdbc.local.sql.check.ColumnTypes;
import org.synapsejdbc.local.sql.h2.SchemaMigrator;
import org.synapsejdbc.local.table.TableErrors;
import org.synapsejdbc.local.table.TableIndexDb;
import org.synapsejdbc.local.table.TableInfo;
import org.synapsejdbc.local.table.column.ColumnStore;
import org.synapsejdbc.local.table.column.SchemaRules;

/**
 * {@code TableSchemaChangeRequest}: adds, removes and replaces columns (a replacement converts the old values
 * into the new column's type with the engine's {@code SchemaMigrator}), stores the new {@code columnIds} on the
 * entity and alters the table index.
 */
public final class SchemaChanger {

    private final EntityService entities;
    private final ColumnStore columns;
    private final TableIndexDb index;
    private final IndexSchemaSync sync;

    public SchemaChanger(EntityService entities, ColumnStore columns, TableIndexDb index, IndexSchemaSync sync) {
        this.entities = entities;
        this.columns = columns;
        this.index = index;
        this.sync = sync;
    }

    public TableSchemaChangeResponse apply(Caller caller, TableInfo t, TableSchemaChangeRequest req) {
        List<String> ids = new ArrayList<>(TableInfo.columnIds(t.props()));
        List<ColumnChange> replacements = new ArrayList<>();
        for (ColumnChange ch : req.getChanges() == null ? List.<ColumnChange>of() : req.getChanges()) {
            String oldId = ch.getOldColumnId();
            String newId = ch.getNewColumnId();
            if (oldId == null && newId != null) {
                columns.get(newId);
                if (!ids.contains(newId)) {
                    ids.add(newId);
                }
            } else if (oldId != null && newId == null) {
                ids.remove(oldId);
            } else if (oldId != null && !oldId.equals(newId)) {
                ColumnModel oldM = columns.get(oldId);
                ColumnModel newM = columns.get(newId);
                checkTypeChange(oldM, newM, t.isView());
                int at = ids.indexOf(oldId);
                if (at >= 0) {
                    ids.set(at, newId);
                    replacements.add(ch);
                } else if (!ids.contains(newId)) {
                    ids.add(newId);
                }
            }
        }
        if (req.getOrderedColumnIds() != null) {
            ids = new ArrayList<>(req.getOrderedColumnIds());
        }
        List<ColumnModel> schema = columns.getAll(ids);
        SchemaRules.check(schema, t.isView());
        if (!t.isView()) {
            index.write(c -> {
                sync.ensure(c, t.id(), t.columns());
                try {
                    for (ColumnChange r : replacements) {
                        SchemaMigrator.replaceColumn(c, t.id(), columns.get(r.getOldColumnId()),
                                columns.get(r.getNewColumnId()), schemaIndex(schema, r.getNewColumnId()));
                    }
                } catch (SynapseSqlException e) {
                    throw TableErrors.api(e);
                }
                sync.ensure(c, t.id(), schema);
                return null;
            });
        }
        storeColumnIds(caller, t, ids);
        return new TableSchemaChangeResponse().setSchema(schema);
    }

    private void storeColumnIds(Caller caller, TableInfo t, List<String> ids) {
        entities.db().write(c -> {
            EntityRecord node = entities.access().live(c, t.id());
            VersionRecord v = entities.version(c, node, null);
            ObjectNode props = v.props().deepCopy();
            ArrayNode arr = props.putArray("columnIds");
            ids.forEach(arr::add);
            entities.store().updateVersion(c, new VersionRecord(v.nodeId(), v.versionNumber(), v.label(), v.comment(),
                    v.modifiedOn(), v.modifiedBy(), v.fileHandleId(), v.activityId(), props, v.annotationsJson()));
            entities.touch(c, node, caller);
            return null;
        });
    }

    /** Synapse's allowed column type changes ({@code ColumnModelManagerImpl.validateColumnChange}). */
    static void checkTypeChange(ColumnModel oldM, ColumnModel newM, boolean view) {
        ColumnType from = oldM.getColumnType();
        ColumnType to = newM.getColumnType();
        if (from == to) {
            return;
        }
        String msg = "Cannot change column type from " + from + " to " + to;
        if (from == ColumnType.FILEHANDLEID || to == ColumnType.FILEHANDLEID || from == ColumnType.JSON
                || to == ColumnType.JSON) {
            throw ApiException.badRequest(msg);
        }
        if (view) {
            return;
        }
        boolean fromList = ColumnTypes.isList(from);
        boolean toList = ColumnTypes.isList(to);
        if (fromList) {
            throw ApiException.badRequest(msg);
        }
        if (toList && ColumnTypes.elementType(to) != from) {
            throw ApiException.badRequest(msg);
        }
        if (toList && from == ColumnType.STRING && ColumnTypes.maxSize(newM) < ColumnTypes.maxSize(oldM)) {
            throw ApiException.badRequest(msg);
        }
    }

    private static int schemaIndex(List<ColumnModel> schema, String id) {
        for (int i = 0; i < schema.size(); i++) {
            if (schema.get(i).getId().equals(id)) {
                return i;
            }
        }
        return 0;
    }
}
