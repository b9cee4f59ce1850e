package org.synapsejdbc.local.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.ColumnType;
import org.synapsejdbc.local.sql.check.TableSchema;
import org.synapsejdbc.local.sql.h2.CellCodec;
import org.synapsejdbc.local.sql.h2.CellValue;
import org.synapsejdbc.local.sql.h2.PhysicalLayout;
import org.synapsejdbc.local.sql.h2.RowWriter;

/**
 * Runs every SQLSpecification2.csv example through the whole engine against the schema the grammar document
 * suggests (§10.4) and checks the outcome: a result, or for the few examples that cannot run here, the error.
 */
class SqlExamplesRunTest {

    /** Examples whose run fails here, with Synapse's reason (foo is an INTEGER; full-text search is off). */
    private static final Map<Integer, String> EXPECTED_ERRORS = Map.of(
            39, "Function: ISNAN can only be used with a column of type DOUBLE.",
            45, "Invalid use of TEXT_MATCHES. Full text search is not enabled on table syn123.");

    private static Connection conn;
    private static TableSchema schema;

    @BeforeAll
    static void setUp() throws SQLException {
        conn = DriverManager.getConnection("jdbc:h2:mem:");
        PhysicalLayout.initializeDatabase(conn);
        List<ColumnModel> cols = List.of(
                new ColumnModel().setId("1").setName("foo").setColumnType(ColumnType.INTEGER),
                new ColumnModel().setId("2").setName("bar").setColumnType(ColumnType.INTEGER),
                new ColumnModel().setId("3").setName("expr").setColumnType(ColumnType.INTEGER),
                new ColumnModel().setId("4").setName("aDate").setColumnType(ColumnType.DATE),
                new ColumnModel().setId("5").setName("fooList").setColumnType(ColumnType.STRING_LIST),
                new ColumnModel().setId("6").setName("userId").setColumnType(ColumnType.USERID),
                new ColumnModel().setId("7").setName("foobar").setColumnType(ColumnType.INTEGER),
                new ColumnModel().setId("8").setName("has space").setColumnType(ColumnType.STRING),
                new ColumnModel().setId("9").setName("The \"Cool\" name").setColumnType(ColumnType.STRING),
                new ColumnModel().setId("10").setName("modified_on").setColumnType(ColumnType.DATE));
        schema = TableSchema.table(123, null, cols);
        PhysicalLayout.execute(conn, PhysicalLayout.createTable(123, cols));
        String[][] rows = {
            {"1", "2", "3", "1577836800000", "[\"first\",\"bar_\"]", "273950", "3", "a b", "cool", "1577836800000"},
            {"2", "1", "5", "1609459200000", "[\"second\"]", "42", "4", "c", null, null}};
        try (RowWriter w = new RowWriter(conn, 123, cols)) {
            for (int r = 0; r < rows.length; r++) {
                List<CellValue> cells = new ArrayList<>();
                for (int c = 0; c < cols.size(); c++) {
                    cells.add(CellCodec.toStorage(cols.get(c), rows[r][c], r, c));
                }
                w.insert(r + 1, 1, null, null, cells);
            }
        }
    }

    @AfterAll
    static void tearDown() throws SQLException {
        conn.close();
    }

    static Stream<SqlExampleCsv.Example> examples() throws IOException {
        return SqlExampleCsv.load().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void runs(SqlExampleCsv.Example example) {
        String outcome;
        try {
            PreparedSynapseQuery q = SqlEngine.prepare(example.sql(), QueryRequest.of(schema, 273950));
            long[] rows = {0};
            q.executePage(conn, (id, v, e, values) -> rows[0]++);
            q.count(conn);
            outcome = "ok";
        } catch (SynapseSqlException e) {
            outcome = e.reason();
        }
        assertEquals(EXPECTED_ERRORS.getOrDefault(example.number(), "ok"), outcome, "record " + example.number() + ": " + example.sql());
    }
}
