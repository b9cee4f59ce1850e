package org.synapsejdbc.local.table.rows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.local.sql.h2.PhysicalLayout;
import org.synapsejdbc.local.table.TableIndexDb;
import org.synapsejdbc.local.table.column.ColumnStore;

/**
 * Brings a table's physical storage in line with its current schema: creates it on first use, adds the columns
 * of the schema it lacks and drops the ones the schema no longer has. Entity updates may change
 * {@code columnIds} outside a transaction job, so every table access reconciles first.
 */
public final class IndexSchemaSync {

    private static final Pattern VALUE_COLUMN = Pattern.compile("_C(\\d+)_");

    private final ColumnStore columns;

    public IndexSchemaSync(ColumnStore columns) {
        this.columns = columns;
    }

    /** Ensures {@code T<tableId>} matches {@code schema}; returns true when it had to be created. */
    public boolean ensure(Connection c, long tableId, List<ColumnModel> schema) throws SQLException {
        String table = PhysicalLayout.tableName(tableId, null);
        if (!TableIndexDb.exists(c, table)) {
            PhysicalLayout.execute(c, PhysicalLayout.createTable(tableId, schema));
            return true;
        }
        Set<String> present = presentColumnIds(c, table);
        Map<String, ColumnModel> wanted = new HashMap<>();
        schema.forEach(m -> wanted.put(m.getId(), m));
        for (String id : present) {
            if (!wanted.containsKey(id)) {
                PhysicalLayout.execute(c, PhysicalLayout.dropColumn(tableId, columns.get(id)));
            }
        }
        for (ColumnModel m : schema) {
            if (!present.contains(m.getId())) {
                PhysicalLayout.execute(c, PhysicalLayout.addColumn(tableId, m));
            }
        }
        return false;
    }

    /** Ids of the Synapse columns the physical table currently has. */
    static Set<String> presentColumnIds(Connection c, String table) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Matcher m = VALUE_COLUMN.matcher(rs.getString(1));
                    if (m.matches()) {
                        ids.add(m.group(1));
                    }
                }
            }
        }
        return new java.util.LinkedHashSet<>(ids);
    }

    /** Drops a table's storage (current version) entirely, e.g. before a view rebuild. */
    public void drop(Connection c, long tableId) throws SQLException {
        String table = PhysicalLayout.tableName(tableId, null);
        if (!TableIndexDb.exists(c, table)) {
            return;
        }
        List<ColumnModel> present = new ArrayList<>();
        for (String id : presentColumnIds(c, table)) {
            present.add(columns.get(id));
        }
        PhysicalLayout.execute(c, PhysicalLayout.dropTable(tableId, null, present));
    }
}
