package org.synapsejdbc.local.table.query;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.ColumnType;
import org.synapsejdbc.local.http.ApiException;
import org.synapsejdbc.local.sql.h2.PhysicalLayout;
import org.synapsejdbc.local.table.TableIndexDb;
import org.synapsejdbc.local.table.TableInfo;
import org.synapsejdbc.local.table.TableMetadata;

/** Whether a file handle id is the value of a FILEHANDLEID cell of a table's current version. */
public final class FileCells {

    private final TableMetadata tables;
    private final TableIndexDb index;

    public FileCells(TableMetadata tables, TableIndexDb index) {
        this.tables = tables;
        this.index = index;
    }

    boolean contains(long tableId, String fileHandleId) {
        long fh;
        try {
            fh = Long.parseLong(fileHandleId);
        } catch (NumberFormatException e) {
            return false;
        }
        TableInfo t;
        try {
            t = tables.table(tableId, null);
        } catch (ApiException e) {
            return false;
        }
        return index.read(c -> {
            String table = PhysicalLayout.tableName(tableId, null);
            if (!TableIndexDb.exists(c, table)) {
                return false;
            }
            for (ColumnModel m : t.columns()) {
                if (m.getColumnType() != ColumnType.FILEHANDLEID) {
                    continue;
                }
                try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + PhysicalLayout.q(table) + " WHERE "
                        + PhysicalLayout.q(PhysicalLayout.column(m.getId())) + " = ? LIMIT 1")) {
                    ps.setLong(1, fh);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            return true;
                        }
                    }
                }
            }
            return false;
        });
    }
}
