package org.synapsejdbc.local.table.column;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.local.http.ApiException;
import org.synapsejdbc.local.sql.check.ColumnTypes;

/** Synapse's rules for a table's or view's schema: column count, declared row width, unique names and ids. */
public final class SchemaRules {

    public static final int MAX_COLUMNS = 152;
    public static final long MAX_ROW_WIDTH = 64_000;

    private SchemaRules() {
    }

    /** Validates the resolved columns of a schema (ids already known to exist). */
    public static void check(List<ColumnModel> columns, boolean view) {
        if (columns.size() > MAX_COLUMNS) {
            throw ApiException.badRequest(view
                    ? "A view cannot have " + columns.size() + " columns.  It must have " + MAX_COLUMNS + " columns or less."
                    : "Too many columns. The limit is " + MAX_COLUMNS + " columns per table");
        }
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (ColumnModel m : columns) {
            if (!ids.add(m.getId())) {
                throw ApiException.badRequest("Duplicate column: '" + m.getName() + "'");
            }
            if (!names.add(m.getName())) {
                throw ApiException.badRequest("Duplicate column name: '" + m.getName() + "'");
            }
        }
        long width = rowWidth(columns);
        if (width > MAX_ROW_WIDTH) {
            throw ApiException.badRequest("Too much data per column. The maximum size for a row is about "
                    + MAX_ROW_WIDTH + " bytes. The size for the given columns would be " + width + " bytes");
        }
    }

    /** The declared maximum row width in bytes. */
    public static long rowWidth(List<ColumnModel> columns) {
        long width = 0;
        for (ColumnModel m : columns) {
            width += ColumnTypes.width(m);
        }
        return width;
    }
}
