package org.synapsejdbc.local.sql.h2;

import java.sql.SQLException;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.local.sql.SynapseSqlException;
import org.synapsejdbc.local.sql.check.TableSchema;

/**
 * Turns a database failure into the job's 400, post-processed as Synapse does with MySQL's messages: internal
 * table names become {@code syn<id>}, internal column names the column's name.
 */
public final class SqlErrors {

    private SqlErrors() {
    }

    /** The 400 for a failed statement. */
    public static SynapseSqlException translate(SQLException e, TableSchema schema) {
        String msg = e.getMessage() == null ? "Query failed" : e.getMessage();
        int cut = msg.indexOf("; SQL statement:");
        if (cut >= 0) {
            msg = msg.substring(0, cut);
        }
        msg = msg.replaceAll("\\s*\\[\\d+-\\d+\\]$", "");
        for (ColumnModel m : schema.columns()) {
            msg = msg.replace(PhysicalLayout.doubleMarker(m.getId()), m.getName()).replace(PhysicalLayout.column(m.getId()), m.getName());
        }
        msg = msg.replaceAll("\\bT(\\d+)(_\\d+)?\\b", "syn$1");
        if (msg.contains("Unknown column")) {
            msg += UnknownColumns.NOTE;
        }
        return SynapseSqlException.badRequest(msg);
    }
}
