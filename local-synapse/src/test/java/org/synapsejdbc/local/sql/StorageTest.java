package org.synapsejdbc.local.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.ColumnType;
import org.synapsejdbc.local.sql.check.TableSchema;
import org.synapsejdbc.local.sql.h2.CellCodec;
import org.synapsejdbc.local.sql.h2.PhysicalLayout;
import org.synapsejdbc.local.sql.h2.RowWriter;
import org.synapsejdbc.local.sql.h2.SchemaMigrator;

/** Cell validation messages, row writes, schema changes and snapshots in a real H2 table-index database. */
class StorageTest {

    private Connection conn;
    private final ColumnModel s = new ColumnModel().setId("1").setName("s").setColumnType(ColumnType.STRING).setMaximumSize(5L);
    private final ColumnModel n = new ColumnModel().setId("2").setName("n").setColumnType(ColumnType.INTEGER);
    private final ColumnModel l = new ColumnModel().setId("3").setName("l").setColumnType(ColumnType.STRING_LIST)
            .setMaximumSize(5L).setMaximumListLength(2L);

    @BeforeEach
    void open() throws SQLException {
        conn = DriverManager.getConnection("jdbc:h2:mem:");
        PhysicalLayout.initializeDatabase(conn);
        PhysicalLayout.execute(conn, PhysicalLayout.createTable(5, List.of(s, n, l)));
        try (RowWriter w = new RowWriter(conn, 5, List.of(s, n, l))) {
            for (int r = 0; r < 3; r++) {
                w.insert(r + 1, 1, "e" + r, null, List.of(CellCodec.toStorage(s, "v" + r, r, 0),
                        CellCodec.toStorage(n, String.valueOf(r * 10), r, 1), CellCodec.toStorage(l, "[\"a" + r + "\"]", r, 2)));
            }
        }
    }

    @AfterEach
    void close() throws SQLException {
        conn.close();
    }

    private List<String> rows(String sql, List<ColumnModel> columns, Long version) {
        List<String> out = new ArrayList<>();
        SqlEngine.prepare(sql, QueryRequest.of(TableSchema.table(5, version, columns), 1))
                .executePage(conn, (id, v, e, values) -> out.add(id + "/" + v + ":" + String.join(",", values.stream()
                        .map(String::valueOf).toList())));
        return out;
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "STRING|abcdef|Value at [4,2] was not a valid STRING. String 'abcdef' exceeds the maximum length of 5 characters.",
        "INTEGER|abc|Value at [4,2] was not a valid INTEGER. For input string: \"abc\"",
        "DOUBLE|1.2.3|Value at [4,2] was not a valid DOUBLE. For input string: \"1.2.3\"",
        "BOOLEAN|yes|Value at [4,2] was not a valid BOOLEAN. Not a boolean: yes",
        "ENTITYID|abc|Value at [4,2] was not a valid ENTITYID. abc is not a valid Synapse ID.",
        "DATE|notadate|Value at [4,2] was not a valid DATE. Invalid format: \"notadate\"",
        "JSON|[1,|Value at [4,2] was not a valid JSON. Invalid JSON object or array: [1,",
        "STRING_LIST|abc|Value at [4,2] was not a valid STRING_LIST. Not a JSON Array: abc",
        "STRING_LIST|[\"a\",\"b\",\"c\"]|Value at [4,2] was not a valid STRING_LIST. Exceeds the maximum number of list elements defined in the ColumnModel (2): \"[\"a\",\"b\",\"c\"]\"",
        "INTEGER_LIST|[1,null]|Value at [4,2] was not a valid INTEGER_LIST. null value is not allowed",
        "MEDIUMTEXT|x|ok"})
    void cellsAreValidatedWithSynapsesMessages(ColumnType type, String value, String message) {
        ColumnModel m = new ColumnModel().setId("9").setName("c").setColumnType(type).setMaximumSize(5L).setMaximumListLength(2L);
        if (message.equals("ok")) {
            assertEquals(value, CellCodec.toStorage(m, value, 4, 2).value());
            return;
        }
        SynapseSqlException e = assertThrows(SynapseSqlException.class, () -> CellCodec.toStorage(m, value, 4, 2));
        assertEquals(message, e.reason());
        assertEquals(400, e.status());
    }

    @Test
    void enumValuesAreEnforced() {
        ColumnModel m = new ColumnModel().setId("9").setName("c").setColumnType(ColumnType.STRING).setEnumValues(List.of("a", "b"));
        assertEquals("Value at [0,0] was not a valid STRING. 'c' is not a valid value for this column. Valid values are: a, b.",
                assertThrows(SynapseSqlException.class, () -> CellCodec.toStorage(m, "c", 0, 0)).reason());
    }

    @Test
    void updatesDeletesAndSnapshotsAreQueryable() throws SQLException {
        PhysicalLayout.execute(conn, PhysicalLayout.createSnapshot(5, 1, List.of(s, n, l)));
        try (RowWriter w = new RowWriter(conn, 5, List.of(s, n, l))) {
            w.update(2, 2, "e1b", Map.of(s, CellCodec.toStorage(s, "new", 0, 0), l, CellCodec.toStorage(l, "[\"z\"]", 0, 2)));
            w.delete(3);
        }
        assertEquals(List.of("1/1:v0,0,[\"a0\"]", "2/2:new,10,[\"z\"]"), rows("select * from syn5 order by ROW_ID", List.of(s, n, l), null));
        assertEquals(List.of("2/2:new"), rows("select s from syn5 where l has ('Z')", List.of(s, n, l), null));
        assertEquals(List.of("2/1:v1,10,[\"a1\"]", "3/1:v2,20,[\"a2\"]"),
                rows("select * from syn5.1 where n >= 10 order by ROW_ID", List.of(s, n, l), 1L));
        assertEquals(List.of("2/1:v1"), rows("select s from syn5.1 where l has ('a1')", List.of(s, n, l), 1L));
    }

    @Test
    void viewsShowOnlyRowsOfReadableBenefactors() throws SQLException {
        PhysicalLayout.execute(conn, PhysicalLayout.createTable(6, List.of(n)));
        try (RowWriter w = new RowWriter(conn, 6, List.of(n))) {
            for (int r = 0; r < 6; r++) {
                w.insert(r + 1, 1, "e" + r, (long) (r % 3), List.of(CellCodec.toStorage(n, String.valueOf(r), r, 0)));
            }
        }
        TableSchema view = new TableSchema(6, null, true, List.of(n), false);
        QueryRequest all = QueryRequest.of(view, 1);
        PreparedSynapseQuery some = SqlEngine.prepare("select n from syn6 where n > 0 order by n",
                all.withReadableBenefactors(List.of(0L, 2L)));
        List<String> rows = new ArrayList<>();
        some.executePage(conn, (id, v, e, values) -> rows.add(values.get(0)));
        assertEquals(List.of("2", "3", "5"), rows);
        assertEquals(3, some.count(conn));
        assertEquals(0, SqlEngine.prepare("select n from syn6", all.withReadableBenefactors(List.of())).count(conn));
        assertEquals(6, SqlEngine.prepare("select n from syn6", all).count(conn));
        List<String> sum = new ArrayList<>();
        SqlEngine.prepare("select sum(n) from syn6", all.withReadableBenefactors(List.of(1L)))
                .executePage(conn, (id, v, e, values) -> sum.add(values.get(0)));
        assertEquals(List.of("5"), sum);
    }

    @Test
    void columnsCanBeAddedReplacedAndDropped() throws SQLException {
        ColumnModel wide = new ColumnModel().setId("4").setName("s").setColumnType(ColumnType.STRING_LIST).setMaximumSize(10L);
        SchemaMigrator.replaceColumn(conn, 5, s, wide, 0);
        assertEquals(List.of("1/1:[\"v0\"]"), rows("select s from syn5 where s has ('V0')", List.of(wide, n, l), null));
        ColumnModel d = new ColumnModel().setId("5").setName("d").setColumnType(ColumnType.DOUBLE);
        PhysicalLayout.execute(conn, PhysicalLayout.addColumn(5, d));
        PhysicalLayout.execute(conn, PhysicalLayout.dropColumn(5, l));
        assertEquals(List.of("1/1:[\"v0\"],0,null"), rows("select * from syn5 where n = 0", List.of(wide, n, d), null));
        ColumnModel text = new ColumnModel().setId("6").setName("n").setColumnType(ColumnType.STRING).setMaximumSize(1L);
        SynapseSqlException e = assertThrows(SynapseSqlException.class, () -> SchemaMigrator.replaceColumn(conn, 5, n, text, 1));
        assertEquals("Value at [1,1] was not a valid STRING. String '10' exceeds the maximum length of 1 characters.", e.reason());
    }
}
