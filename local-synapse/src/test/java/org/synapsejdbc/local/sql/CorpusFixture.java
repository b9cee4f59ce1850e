package org.synapsejdbc.local.sql;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.ColumnType;
import org.synapsejdbc.local.sql.check.TableSchema;
import org.synapsejdbc.local.sql.h2.CellCodec;
import org.synapsejdbc.local.sql.h2.CellValue;
import org.synapsejdbc.local.sql.h2.PhysicalLayout;
import org.synapsejdbc.local.sql.h2.RowWriter;

/**
 * The tables the SQL corpus runs against, in a fresh in-memory table-index database: {@code syn1} (every
 * scalar type plus lists and JSON, with case/accent/NaN/null traps), its snapshot {@code syn1.1} taken before
 * row 1 was changed, {@code syn2} (a wide table of 120 rows, 10 STRING(1000) columns) and {@code syn3} (a
 * table without columns).
 */
final class CorpusFixture {

    private static final AtomicInteger DB = new AtomicInteger();

    final Connection conn;
    final Map<String, TableSchema> tables = new HashMap<>();
    final List<ColumnModel> syn1Columns = new ArrayList<>();

    CorpusFixture() throws SQLException {
        conn = DriverManager.getConnection("jdbc:h2:mem:sqlcorpus" + DB.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        PhysicalLayout.initializeDatabase(conn);
        buildSyn1();
        buildSyn2();
        tables.put("syn3", TableSchema.table(3, null, List.of()));
        PhysicalLayout.execute(conn, PhysicalLayout.createTable(3, List.of()));
    }

    private static ColumnModel col(String id, String name, ColumnType type, Long size) {
        return new ColumnModel().setId(id).setName(name).setColumnType(type).setMaximumSize(size);
    }

    private void buildSyn1() throws SQLException {
        syn1Columns.addAll(List.of(
                col("11", "name", ColumnType.STRING, 50L),
                col("12", "i", ColumnType.INTEGER, null),
                col("13", "d", ColumnType.DOUBLE, null),
                col("14", "b", ColumnType.BOOLEAN, null),
                col("15", "day", ColumnType.DATE, null),
                col("16", "ent", ColumnType.ENTITYID, null),
                col("17", "tags", ColumnType.STRING_LIST, 20L),
                col("18", "nums", ColumnType.INTEGER_LIST, null),
                col("19", "js", ColumnType.JSON, null),
                col("20", "owner", ColumnType.USERID, null),
                col("21", "has space", ColumnType.STRING, 20L),
                col("22", "Name", ColumnType.STRING, 20L),
                col("23", "ents", ColumnType.ENTITYID_LIST, null)));
        syn1Columns.get(12).setMaximumListLength(3L);
        tables.put("syn1", TableSchema.table(1, null, syn1Columns));
        PhysicalLayout.execute(conn, PhysicalLayout.createTable(1, syn1Columns));
        String[][] rows = {
            // name, i, d, b, day, ent, tags, nums, js, owner, has space, Name, ents
            {"apple", "1", "1.5", "true", "1577836800000", "syn100", "[\"red\",\"Green\"]", "[1,2]", "{\"a\":1,\"b\":\"x\"}", "42", "x y", "A", "[\"syn1\",\"syn2\"]"},
            {"Apple", "2", "NaN", "false", "2020-01-02", "101", "[\"blue\"]", "[3]", "{\"a\":2}", "43", null, "B", null},
            {"Äpfel", "3", "Infinity", "true", "2020-06-15 12:30", "syn102", "[\"Grün\",\"red\"]", "[]", "[1,2,3]", "42", "", "C", "[\"syn3\"]"},
            {"banana", "4", "-Infinity", null, "1609459200000", null, null, "[4,5,6]", null, "44", "b", "D", null},
            {"Banana", "5", "-2.25", "false", null, "syn104", "[\"yellow\"]", null, "{\"a\":3}", "42", "b", "E", "[\"syn2\"]"},
            {"cherry", null, "0", "true", "2021-12-31T23:59:59.000Z", "syn105", "[\"red\"]", "[1]", null, null, "c", "F", null},
            {"école", "7", null, "false", "0", "syn106", "[\"Red\"]", "[7]", "{\"a\":null}", "45", "é", "G", null},
            {"Ecole", "8", "100", "true", "86400000", "syn107", "[\"r_d\"]", "[8,9]", "{}", "45", "e", "H", null},
            {"zed", "9", "3.0", null, "1577836800000", "syn108", "[\"x%y\"]", null, null, "46", "z", "I", null},
            {"o'brien", "10", "1e3", "false", "1577836800001", "syn109", null, "[10]", "{\"a\":10}", "46", "o", "J", null},
            {null, "11", "-0.5", "true", "1577836799999", "syn110", "[\"green\",\"blue\"]", "[11]", null, "42", null, null, null},
            {"", "12", "12", "false", "1262304000000", "syn111", "[\"\"]", null, null, "47", "", "", null}};
        try (RowWriter w = new RowWriter(conn, 1, syn1Columns)) {
            for (int r = 0; r < rows.length; r++) {
                List<CellValue> cells = new ArrayList<>();
                for (int c = 0; c < syn1Columns.size(); c++) {
                    cells.add(CellCodec.toStorage(syn1Columns.get(c), rows[r][c], r, c));
                }
                w.insert(r + 1, 1, "etag-" + (r + 1), null, cells);
            }
        }
        PhysicalLayout.execute(conn, PhysicalLayout.createSnapshot(1, 1, syn1Columns));
        tables.put("syn1.1", TableSchema.table(1, 1L, syn1Columns));
        try (RowWriter w = new RowWriter(conn, 1, syn1Columns)) {
            w.update(1, 2, "etag-1b", Map.of(syn1Columns.get(0), CellCodec.toStorage(syn1Columns.get(0), "apricot", 0, 0),
                    syn1Columns.get(6), CellCodec.toStorage(syn1Columns.get(6), "[\"orange\"]", 0, 6)));
        }
    }

    private void buildSyn2() throws SQLException {
        List<ColumnModel> cols = new ArrayList<>();
        for (int c = 0; c < 10; c++) {
            cols.add(col(String.valueOf(200 + c), "w" + c, ColumnType.STRING, 1000L));
        }
        cols.add(col("210", "n", ColumnType.INTEGER, null));
        tables.put("syn2", TableSchema.table(2, null, cols));
        PhysicalLayout.execute(conn, PhysicalLayout.createTable(2, cols));
        try (RowWriter w = new RowWriter(conn, 2, cols)) {
            for (int r = 0; r < 120; r++) {
                List<CellValue> cells = new ArrayList<>();
                for (int c = 0; c < 10; c++) {
                    cells.add(CellCodec.toStorage(cols.get(c), "r" + r + "c" + c, r, c));
                }
                cells.add(CellCodec.toStorage(cols.get(10), String.valueOf(r), r, 10));
                w.insert(r + 1, 1, "e" + r, null, cells);
            }
        }
    }

    /** Looks up a column model by id (for {@code CAST(x AS <id>)}). */
    ColumnModel column(long id) {
        for (TableSchema s : tables.values()) {
            for (ColumnModel m : s.columns()) {
                if (m.getId().equals(String.valueOf(id))) {
                    return m;
                }
            }
        }
        return null;
    }
}
