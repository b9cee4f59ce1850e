package org.synapsejdbc.local.sql.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.ColumnType;
import org.synapsejdbc.local.sql.check.ColumnTypes;

/**
 * Writes rows of a table's current version in the table-index database: batched inserts, partial updates and
 * deletes, keeping the DOUBLE markers and the list side tables in step. Values come from {@link CellCodec}.
 */
public final class RowWriter implements AutoCloseable {

    private static final int BATCH = 1000;

    private final Connection conn;
    private final long tableId;
    private final List<ColumnModel> columns;
    private final PreparedStatement insert;
    private final Map<String, PreparedStatement> listInserts = new HashMap<>();
    private int pending;

    /** A writer for the current version of a table with the given schema. */
    public RowWriter(Connection conn, long tableId, List<ColumnModel> columns) throws SQLException {
        this.conn = conn;
        this.tableId = tableId;
        this.columns = List.copyOf(columns);
        StringBuilder cols = new StringBuilder("ROW_ID, ROW_VERSION, ROW_ETAG, ROW_BENEFACTOR");
        StringBuilder marks = new StringBuilder("?, ?, ?, ?");
        for (ColumnModel m : columns) {
            cols.append(", ").append(PhysicalLayout.q(PhysicalLayout.column(m.getId())));
            marks.append(", ?");
            if (m.getColumnType() == ColumnType.DOUBLE) {
                cols.append(", ").append(PhysicalLayout.q(PhysicalLayout.doubleMarker(m.getId())));
                marks.append(", ?");
            }
        }
        this.insert = conn.prepareStatement("INSERT INTO " + PhysicalLayout.q(PhysicalLayout.tableName(tableId, null))
                + " (" + cols + ") VALUES (" + marks + ")");
    }

    /** Queues the insert of a new row; {@code cells} are aligned with the schema. */
    public void insert(long rowId, long version, String etag, Long benefactor, List<CellValue> cells) throws SQLException {
        int i = 1;
        insert.setLong(i++, rowId);
        insert.setLong(i++, version);
        insert.setString(i++, etag);
        insert.setObject(i++, benefactor);
        for (int c = 0; c < columns.size(); c++) {
            ColumnModel m = columns.get(c);
            CellValue v = cells.get(c);
            insert.setObject(i++, v.value());
            if (m.getColumnType() == ColumnType.DOUBLE) {
                insert.setString(i++, v.marker());
            }
            writeElements(m, rowId, v.elements());
        }
        insert.addBatch();
        if (++pending >= BATCH) {
            flush();
        }
    }

    /** Updates the given cells (by column) of an existing row and sets its new version and etag. */
    public void update(long rowId, long version, String etag, Map<ColumnModel, CellValue> cells) throws SQLException {
        flush();
        StringBuilder sql = new StringBuilder("UPDATE ").append(PhysicalLayout.q(PhysicalLayout.tableName(tableId, null)))
                .append(" SET ROW_VERSION = ?, ROW_ETAG = ?");
        List<Object> binds = new ArrayList<>(List.of(version));
        binds.add(etag);
        for (Map.Entry<ColumnModel, CellValue> e : cells.entrySet()) {
            ColumnModel m = e.getKey();
            sql.append(", ").append(PhysicalLayout.q(PhysicalLayout.column(m.getId()))).append(" = ?");
            binds.add(e.getValue().value());
            if (m.getColumnType() == ColumnType.DOUBLE) {
                sql.append(", ").append(PhysicalLayout.q(PhysicalLayout.doubleMarker(m.getId()))).append(" = ?");
                binds.add(e.getValue().marker());
            }
        }
        sql.append(" WHERE ROW_ID = ?");
        binds.add(rowId);
        try (PreparedStatement ps = conn.prepareStatement(sql.toString())) {
            for (int i = 0; i < binds.size(); i++) {
                ps.setObject(i + 1, binds.get(i));
            }
            ps.executeUpdate();
        }
        for (Map.Entry<ColumnModel, CellValue> e : cells.entrySet()) {
            if (ColumnTypes.isList(e.getKey().getColumnType())) {
                deleteElements(e.getKey(), rowId);
                writeElements(e.getKey(), rowId, e.getValue().elements());
            }
        }
        flush();
    }

    /** Deletes a row. */
    public void delete(long rowId) throws SQLException {
        flush();
        try (PreparedStatement ps = conn.prepareStatement("DELETE FROM "
                + PhysicalLayout.q(PhysicalLayout.tableName(tableId, null)) + " WHERE ROW_ID = ?")) {
            ps.setLong(1, rowId);
            ps.executeUpdate();
        }
        for (ColumnModel m : columns) {
            if (ColumnTypes.isList(m.getColumnType())) {
                deleteElements(m, rowId);
            }
        }
    }

    /** Replaces the list elements of one row of a list column (schema migrations). */
    void replaceElements(ColumnModel m, long rowId, List<Object> elements) throws SQLException {
        deleteElements(m, rowId);
        writeElements(m, rowId, elements);
        flush();
    }

    private void deleteElements(ColumnModel m, long rowId) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("DELETE FROM "
                + PhysicalLayout.q(PhysicalLayout.listTable(tableId, null, m.getId())) + " WHERE ROW_ID = ?")) {
            ps.setLong(1, rowId);
            ps.executeUpdate();
        }
    }

    private void writeElements(ColumnModel m, long rowId, List<Object> elements) throws SQLException {
        if (elements.isEmpty()) {
            return;
        }
        PreparedStatement ps = listInserts.get(m.getId());
        if (ps == null) {
            ps = conn.prepareStatement("INSERT INTO " + PhysicalLayout.q(PhysicalLayout.listTable(tableId, null, m.getId()))
                    + " (ROW_ID, IDX, VAL) VALUES (?, ?, ?)");
            listInserts.put(m.getId(), ps);
        }
        for (int i = 0; i < elements.size(); i++) {
            ps.setLong(1, rowId);
            ps.setInt(2, i);
            ps.setObject(3, elements.get(i));
            ps.addBatch();
        }
    }

    /** Sends queued inserts. */
    public void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            pending = 0;
        }
        for (PreparedStatement ps : listInserts.values()) {
            ps.executeBatch();
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            insert.close();
            for (PreparedStatement ps : listInserts.values()) {
                ps.close();
            }
        }
    }
}
