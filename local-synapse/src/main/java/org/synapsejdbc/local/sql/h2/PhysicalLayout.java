package org.synapsejdbc.local.sql.h2;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.ColumnType;
import org.synapsejdbc.local.sql.check.ColumnTypes;

/**
 * How a Synapse table or view is stored in the table-index H2 database, and the DDL to create and change it.
 *
 * <p>One table {@code T<id>} per table/view with {@code ROW_ID} (primary key), {@code ROW_VERSION},
 * {@code ROW_ETAG}, {@code ROW_BENEFACTOR} and one column {@code _C<columnId>_} per Synapse column: text types
 * as VARCHAR (the database collation {@code ENGLISH STRENGTH PRIMARY} makes =, &lt;, LIKE, GROUP BY and
 * ORDER BY case- and accent-insensitive), integers, ids and DATE (epoch ms) as BIGINT, BOOLEAN as BOOLEAN,
 * DOUBLE as DOUBLE PRECISION with NaN stored as NULL plus a marker column {@code _DBL_C<id>_} holding
 * {@code NaN}/{@code Infinity}/{@code -Infinity}, JSON and lists as JSON text. Each list column also has a
 * side table {@code T<id>_INDEX_C<columnId>_(ROW_ID, IDX, VAL)} with one row per element, which implements
 * HAS, HAS_LIKE and UNNEST. A snapshot {@code syn<id>.<n>} is a read-only copy {@code T<id>_<n>} (with copies of
 * the side tables) taken when the snapshot is created.
 */
public final class PhysicalLayout {

    private PhysicalLayout() {
    }

    /** Table name for the current version ({@code version == null}) or a snapshot. */
    public static String tableName(long tableId, Long version) {
        return "T" + tableId + (version == null ? "" : "_" + version);
    }

    /** The value column of a Synapse column. */
    public static String column(String columnId) {
        return "_C" + columnId + "_";
    }

    /** The NaN/Infinity marker column of a DOUBLE column. */
    public static String doubleMarker(String columnId) {
        return "_DBL_C" + columnId + "_";
    }

    /** The element side table of a list column. */
    public static String listTable(long tableId, Long version, String columnId) {
        return tableName(tableId, version) + "_INDEX_C" + columnId + "_";
    }

    /** Quotes an internal name for H2. */
    public static String q(String name) {
        return "\"" + name + "\"";
    }

    /** The H2 type of a Synapse column's value column. */
    public static String sqlType(ColumnModel m) {
        ColumnType t = m.getColumnType();
        if (ColumnTypes.isList(t)) {
            return "CHARACTER VARYING";
        }
        return scalarSqlType(t, m);
    }

    static String scalarSqlType(ColumnType t, ColumnModel m) {
        return switch (t) {
            case STRING, LINK -> "VARCHAR(" + (m == null ? 1000 : ColumnTypes.maxSize(m)) + ")";
            case MEDIUMTEXT -> "VARCHAR(2000)";
            case LARGETEXT, JSON -> "VARCHAR(524288)";
            case DOUBLE -> "DOUBLE PRECISION";
            case BOOLEAN -> "BOOLEAN";
            default -> "BIGINT";
        };
    }

    /** Prepares a fresh table-index database: collation (must precede any table) and Synapse's SQL functions. */
    public static void initializeDatabase(Connection conn) throws SQLException {
        try (Statement s = conn.createStatement()) {
            s.execute("SET COLLATION ENGLISH STRENGTH PRIMARY");
        }
        H2Functions.install(conn);
    }

    /** Statements creating the storage of a table/view with the given columns. */
    public static List<String> createTable(long tableId, List<ColumnModel> columns) {
        List<String> ddl = new ArrayList<>();
        StringBuilder sb = new StringBuilder("CREATE TABLE ").append(q(tableName(tableId, null)))
                .append(" (ROW_ID BIGINT PRIMARY KEY, ROW_VERSION BIGINT NOT NULL, ROW_ETAG VARCHAR(36), ROW_BENEFACTOR BIGINT");
        for (ColumnModel m : columns) {
            sb.append(", ").append(q(column(m.getId()))).append(' ').append(sqlType(m));
            if (m.getColumnType() == ColumnType.DOUBLE) {
                sb.append(", ").append(q(doubleMarker(m.getId()))).append(" VARCHAR(9)");
            }
        }
        ddl.add(sb.append(')').toString());
        for (ColumnModel m : columns) {
            ddl.addAll(createListTable(tableId, m));
        }
        return ddl;
    }

    private static List<String> createListTable(long tableId, ColumnModel m) {
        if (!ColumnTypes.isList(m.getColumnType())) {
            return List.of();
        }
        String side = listTable(tableId, null, m.getId());
        String elementType = scalarSqlType(ColumnTypes.elementType(m.getColumnType()), m);
        return List.of("CREATE TABLE " + q(side) + " (ROW_ID BIGINT NOT NULL, IDX INT NOT NULL, VAL " + elementType
                        + ", PRIMARY KEY (ROW_ID, IDX))",
                "CREATE INDEX " + q(side + "_VAL") + " ON " + q(side) + " (VAL)");
    }

    /** Statements adding a column to an existing table. */
    public static List<String> addColumn(long tableId, ColumnModel m) {
        List<String> ddl = new ArrayList<>();
        String t = q(tableName(tableId, null));
        ddl.add("ALTER TABLE " + t + " ADD COLUMN " + q(column(m.getId())) + " " + sqlType(m));
        if (m.getColumnType() == ColumnType.DOUBLE) {
            ddl.add("ALTER TABLE " + t + " ADD COLUMN " + q(doubleMarker(m.getId())) + " VARCHAR(9)");
        }
        ddl.addAll(createListTable(tableId, m));
        return ddl;
    }

    /** Statements removing a column from an existing table. */
    public static List<String> dropColumn(long tableId, ColumnModel m) {
        List<String> ddl = new ArrayList<>();
        String t = q(tableName(tableId, null));
        ddl.add("ALTER TABLE " + t + " DROP COLUMN " + q(column(m.getId())));
        if (m.getColumnType() == ColumnType.DOUBLE) {
            ddl.add("ALTER TABLE " + t + " DROP COLUMN " + q(doubleMarker(m.getId())));
        }
        if (ColumnTypes.isList(m.getColumnType())) {
            ddl.add("DROP TABLE " + q(listTable(tableId, null, m.getId())));
        }
        return ddl;
    }

    /** Statements copying the current table (and its list side tables) into the read-only snapshot {@code version}. */
    public static List<String> createSnapshot(long tableId, long version, List<ColumnModel> columns) {
        List<String> ddl = new ArrayList<>();
        ddl.add("CREATE TABLE " + q(tableName(tableId, version)) + " AS SELECT * FROM " + q(tableName(tableId, null)));
        for (ColumnModel m : columns) {
            if (ColumnTypes.isList(m.getColumnType())) {
                String side = listTable(tableId, version, m.getId());
                ddl.add("CREATE TABLE " + q(side) + " AS SELECT * FROM " + q(listTable(tableId, null, m.getId())));
                ddl.add("CREATE INDEX " + q(side + "_VAL") + " ON " + q(side) + " (VAL)");
                ddl.add("CREATE INDEX " + q(side + "_ROW") + " ON " + q(side) + " (ROW_ID)");
            }
        }
        return ddl;
    }

    /** Statements dropping a table (current version) and its side tables. */
    public static List<String> dropTable(long tableId, Long version, List<ColumnModel> columns) {
        List<String> ddl = new ArrayList<>();
        ddl.add("DROP TABLE IF EXISTS " + q(tableName(tableId, version)));
        for (ColumnModel m : columns) {
            if (ColumnTypes.isList(m.getColumnType())) {
                ddl.add("DROP TABLE IF EXISTS " + q(listTable(tableId, version, m.getId())));
            }
        }
        return ddl;
    }

    /** Runs DDL statements on a connection. */
    public static void execute(Connection conn, List<String> ddl) throws SQLException {
        try (Statement s = conn.createStatement()) {
            for (String sql : ddl) {
                s.execute(sql);
            }
        }
    }
}
