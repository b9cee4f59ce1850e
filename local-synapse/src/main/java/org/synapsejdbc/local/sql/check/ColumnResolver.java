package org.synapsejdbc.local.sql.check;

import java.util.Locale;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.ColumnType;
import org.synapsejdbc.local.sql.ast.ColumnRef;
import org.synapsejdbc.local.sql.ast.TableRef;

/**
 * Resolves column references the way Synapse does: exact (case-sensitive) schema names or the internal
 * {@code _C<id>_} names first, then the row metadata columns case-insensitively; a qualifier must name the
 * queried table (entity ids lower-cased) or its alias.
 */
public final class ColumnResolver {

    private final TableSchema schema;
    private final TableRef table;

    /** A resolver for the given schema and FROM table. */
    public ColumnResolver(TableSchema schema, TableRef table) {
        this.schema = schema;
        this.table = table;
    }

    /** The resolved column, or null when the reference names nothing. */
    public ResolvedColumn resolve(ColumnRef ref) {
        if (ref.qualifier() != null && !qualifierMatches(ref.qualifier().name())) {
            return null;
        }
        return resolveName(ref.name().name());
    }

    /** Resolves a bare column name. */
    public ResolvedColumn resolveName(String name) {
        for (ColumnModel m : schema.columns()) {
            if (name.equals(m.getName()) || name.equals("_C" + m.getId() + "_")) {
                return new ResolvedColumn(m, null, m.getColumnType());
            }
        }
        String upper = name.toUpperCase(Locale.ROOT);
        return switch (upper) {
            case "ROW_ID", "ROW_VERSION" -> new ResolvedColumn(null, upper, ColumnType.INTEGER);
            case "ROW_ETAG" -> new ResolvedColumn(null, upper, ColumnType.STRING);
            default -> upper.startsWith("ROW_BENEFACTOR") ? new ResolvedColumn(null, "ROW_BENEFACTOR", ColumnType.INTEGER) : null;
        };
    }

    private boolean qualifierMatches(String qualifier) {
        String q = qualifier.startsWith("syn") || qualifier.startsWith("SYN") ? qualifier.toLowerCase(Locale.ROOT) : qualifier;
        return q.equals(table.name()) || q.equals(table.alias()) || q.equals("_A0") || q.equals("T" + schema.tableId());
    }
}
