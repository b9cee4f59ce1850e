package org.synapsejdbc.local.sql.check;

import java.util.List;
import org.synapsejdbc.client.model.ColumnModel;

/**
 * What the SQL engine needs to know about the queried table or view.
 *
 * @param tableId        numeric entity id
 * @param version        snapshot version queried ({@code syn123.4}), or null for the current version
 * @param view           true for views (entity views and the like), false for tables
 * @param columns        the schema, in order (ids set)
 * @param searchEnabled  whether full-text search is enabled on the table
 */
public record TableSchema(long tableId, Long version, boolean view, List<ColumnModel> columns, boolean searchEnabled) {

    /** A schema for a table (not a view) without full-text search. */
    public static TableSchema table(long tableId, Long version, List<ColumnModel> columns) {
        return new TableSchema(tableId, version, false, List.copyOf(columns), false);
    }

    /** The table as Synapse prints it: {@code syn123} or {@code syn123.4}. */
    public String displayId() {
        return "syn" + tableId + (version == null ? "" : "." + version);
    }
}
