package org.synapsejdbc.calcite.dml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.synapsejdbc.calcite.SynapseTableDescriptor;
import org.synapsejdbc.calcite.SynapseTableKind;
import org.synapsejdbc.calcite.SynapseTypeMapping;
import org.synapsejdbc.calcite.error.SynapseSqlStates;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.PartialRow;

/**
 * What one DML statement does to one Synapse table: checked before any row is read (targets Synapse cannot change are
 * refused), then applied to each input row to produce its {@link PartialRow}.
 */
final class ChangePlan {
    /** View columns Synapse fills from the entity itself; it ignores writes to them, so they are refused. */
    static final Set<String> OBJECT_FIELDS = Set.of("id", "name", "description", "createdOn", "createdBy", "etag",
            "type", "currentVersion", "parentId", "benefactorId", "projectId", "modifiedOn", "modifiedBy", "path",
            "dataFileHandleId", "dataFileSizeBytes", "dataFileMD5Hex", "dataFileConcreteType", "dataFileBucket",
            "dataFileKey", "dataFileName", "datasetSizeInBytes", "datasetMD5Hex", "datasetItemCount");

    enum Operation { INSERT, UPDATE, DELETE }

    private final SynapseTableDescriptor table;
    private final Operation operation;
    private final int[] targetColumns;
    private final int[] sourceFields;
    private final int rowIdField;
    private final int etagField;

    private ChangePlan(SynapseTableDescriptor table, Operation operation, int[] targetColumns, int[] sourceFields) {
        this.table = table;
        this.operation = operation;
        this.targetColumns = targetColumns;
        this.sourceFields = sourceFields;
        List<String> metadata = SynapseTypeMapping.metadataColumns(table.kind());
        int base = table.columns().size();
        this.rowIdField = base + metadata.indexOf(SynapseTypeMapping.ROW_ID);
        this.etagField = metadata.contains(SynapseTypeMapping.ROW_ETAG)
                ? base + metadata.indexOf(SynapseTypeMapping.ROW_ETAG) : -1;
    }

    /** Checks the statement against the table; throws an SQLState-carrying error for what Synapse cannot do. */
    static ChangePlan of(SynapseTableDescriptor table, String operationName, String[] updateColumns,
            int[] sourceFields) {
        Operation operation = operation(operationName);
        String name = table.fromName();
        SynapseTableKind kind = table.kind();
        if (table.version() != null) {
            throw DmlErrors.of(SynapseSqlStates.UNSUPPORTED, "Cannot " + operation + " " + name
                    + ": it is a snapshot version, which Synapse keeps read-only; write to " + table.entityId());
        }
        boolean view = kind.hasRowEtag();
        if (kind != SynapseTableKind.TABLE && !view) {
            throw DmlErrors.of(SynapseSqlStates.UNSUPPORTED, "Cannot " + operation + " " + name + ": a "
                    + kind.entityType() + " is computed by Synapse from its defining SQL and cannot be written");
        }
        if (view && operation != Operation.UPDATE) {
            throw DmlErrors.of(SynapseSqlStates.UNSUPPORTED,
                    operation + " on view " + name + " is not supported: the rows"
                    + " of a view are entities; only UPDATE (of annotation columns) is possible. Create or delete"
                    + " entities with the procedures (e.g. CALL synapse.delete_entity('syn123'))");
        }
        int[] targets = new int[updateColumns.length];
        List<String> refused = new ArrayList<>();
        for (int i = 0; i < updateColumns.length; i++) {
            String column = updateColumns[i];
            targets[i] = indexOf(table, column);
            if (targets[i] < 0) {
                refused.add(column);
            } else if (view && OBJECT_FIELDS.contains(column)) {
                refused.add(column);
            }
        }
        if (!refused.isEmpty()) {
            throw DmlErrors.of(SynapseSqlStates.GENERATED_COLUMN,
                    "Cannot UPDATE column(s) " + String.join(", ", refused)
                    + " of " + name + ": " + (view ? "Synapse sets ROW_ID, ROW_VERSION, ROW_ETAG and the entity's own"
                    + " fields (id, name, etag, ...); through a view only annotation columns can be changed"
                    : "Synapse sets ROW_ID and ROW_VERSION itself"));
        }
        return new ChangePlan(table, operation, targets, sourceFields);
    }

    /** The operation; MERGE is normally refused before planning ({@link WriteTargets}), this keeps it so. */
    private static Operation operation(String name) {
        for (Operation o : Operation.values()) {
            if (o.name().equals(name)) {
                return o;
            }
        }
        throw DmlErrors.of(SynapseSqlStates.UNSUPPORTED,
                name + " is not supported on Synapse tables: use INSERT, UPDATE"
                + " or DELETE");
    }

    private static int indexOf(SynapseTableDescriptor table, String column) {
        List<ColumnModel> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).getName().equals(column)) {
                return i;
            }
        }
        return -1;
    }

    SynapseTableDescriptor table() {
        return table;
    }

    Operation operation() {
        return operation;
    }

    boolean view() {
        return etagField >= 0;
    }

    /** The change one input row asks for. */
    PartialRow toRow(Object[] row) {
        List<ColumnModel> columns = table.columns();
        switch (operation) {
            case INSERT: {
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    // Unset and NULL look alike here; leaving the cell out lets Synapse apply the column default.
                    String value = WireValues.encode(columns.get(i).getColumnType(), row[i]);
                    if (value != null) {
                        values.put(columns.get(i).getId(), value);
                    }
                }
                return new PartialRow().setValues(values);
            }
            case UPDATE: {
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < targetColumns.length; i++) {
                    ColumnModel column = columns.get(targetColumns[i]);
                    values.put(column.getId(), WireValues.encode(column.getColumnType(), row[sourceFields[i]]));
                }
                PartialRow change = new PartialRow().setRowId(rowId(row)).setValues(values);
                return etagField >= 0 ? change.setEtag((String) row[etagField]) : change;
            }
            default:
                return new PartialRow().setRowId(rowId(row)).setValues(null);
        }
    }

    private long rowId(Object[] row) {
        return ((Number) row[rowIdField]).longValue();
    }
}
