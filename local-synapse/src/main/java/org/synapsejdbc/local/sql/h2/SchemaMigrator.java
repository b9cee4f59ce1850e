package org.synapsejdbc.local.sql.h2;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.ColumnType;
import org.synapsejdbc.local.sql.check.ColumnTypes;

/**
 * Applies a column replacement ({@code ColumnChange{old, new}}) to a table's current version: adds the new
 * column, converts every stored value through its Synapse wire form (validated like a write; a scalar becomes
 * a one-element list when the new type is a list), then drops the old column.
 */
public final class SchemaMigrator {

    private SchemaMigrator() {
    }

    /**
     * Replaces {@code oldColumn} by {@code newColumn} in table {@code tableId}; the caller runs it inside its
     * transaction so that a value that does not convert (a 400 with Synapse's cell message) rolls it back.
     *
     * @param schemaIndex the column's index in the new schema (for error messages)
     */
    public static void replaceColumn(Connection conn, long tableId, ColumnModel oldColumn, ColumnModel newColumn,
                                     int schemaIndex) throws SQLException {
        PhysicalLayout.execute(conn, PhysicalLayout.addColumn(tableId, newColumn));
        String table = PhysicalLayout.q(PhysicalLayout.tableName(tableId, null));
        String oldCol = PhysicalLayout.q(PhysicalLayout.column(oldColumn.getId()));
        boolean oldDouble = oldColumn.getColumnType() == ColumnType.DOUBLE;
        String select = "SELECT ROW_ID, " + oldCol
                + (oldDouble ? ", " + PhysicalLayout.q(PhysicalLayout.doubleMarker(oldColumn.getId())) : "")
                + " FROM " + table + " ORDER BY ROW_ID";
        try (RowWriter writer = new RowWriter(conn, tableId, List.of(newColumn));
             PreparedStatement ps = conn.prepareStatement(select)) {
            ps.setFetchSize(1000);
            int row = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String marker = oldDouble ? rs.getString(3) : null;
                    String wire = marker != null ? marker : ResultEncoder.encode(rs.getObject(2), oldColumn.getColumnType());
                    if (wire != null && ColumnTypes.isList(newColumn.getColumnType()) && !ColumnTypes.isList(oldColumn.getColumnType())) {
                        wire = JsonNodeFactory.instance.arrayNode().add(wire).toString();
                    }
                    CellValue cell = CellCodec.toStorage(newColumn, wire, row++, schemaIndex);
                    updateCell(conn, table, newColumn, rs.getLong(1), cell, writer);
                }
            }
        }
        PhysicalLayout.execute(conn, PhysicalLayout.dropColumn(tableId, oldColumn));
    }

    private static void updateCell(Connection conn, String table, ColumnModel m, long rowId, CellValue cell,
                                   RowWriter writer) throws SQLException {
        String set = PhysicalLayout.q(PhysicalLayout.column(m.getId())) + " = ?"
                + (m.getColumnType() == ColumnType.DOUBLE ? ", " + PhysicalLayout.q(PhysicalLayout.doubleMarker(m.getId())) + " = ?" : "");
        try (PreparedStatement ps = conn.prepareStatement("UPDATE " + table + " SET " + set + " WHERE ROW_ID = ?")) {
            int i = 1;
            ps.setObject(i++, cell.value());
            if (m.getColumnType() == ColumnType.DOUBLE) {
                ps.setString(i++, cell.marker());
            }
            ps.setLong(i, rowId);
            ps.executeUpdate();
        }
        if (!cell.elements().isEmpty()) {
            writer.replaceElements(m, rowId, cell.elements());
        }
    }
}
