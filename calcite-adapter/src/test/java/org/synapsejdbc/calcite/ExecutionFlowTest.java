package org.synapsejdbc.calcite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.calcite.DataContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rows flow from the executor seam through decoding to JDBC, parameters are bound as literals, and what Calcite
 * keeps (residual filters) is applied to the rows Synapse returns.
 */
class ExecutionFlowTest {
    private SynapseTestSchema schema;

    @BeforeEach
    void open() throws SQLException {
        schema = new SynapseTestSchema();
    }

    @AfterEach
    void close() throws SQLException {
        schema.close();
    }

    private static String[] row(String... values) {
        return values;
    }

    private static List<String[]> rows(String[]... rows) {
        return Arrays.asList(rows);
    }

    @Test
    void everyTypeIsDecodedForJdbc() throws SQLException {
        schema.executor.returning(List.of(
                row("alice", "42", "NaN", "true", "1704067200123", "syn7", "[\"a\", \"b\"]", "[1, 2]",
                        "[1704067200000]", "{\"k\": 1}"),
                row(null, null, "-Infinity", null, null, null, null, null, null, null)));
        try (Statement st = schema.connection.createStatement();
             ResultSet rs = st.executeQuery(
                     "select name, n, d, flag, created, parent, tags, nums, dates, doc from syn100")) {
            assertTrue(rs.next());
            assertEquals("alice", rs.getString(1));
            assertEquals(42L, rs.getLong(2));
            assertTrue(Double.isNaN(rs.getDouble(3)));
            assertTrue(rs.getBoolean(4));
            assertEquals(Instant.parse("2024-01-01T00:00:00.123Z"), rs.getTimestamp(5).toInstant());
            assertEquals("syn7", rs.getString(6));
            assertEquals(Types.ARRAY, rs.getMetaData().getColumnType(7));
            Array tags = rs.getArray(7);
            assertArrayEquals(new Object[] {"a", "b"}, (Object[]) tags.getArray());
            assertArrayEquals(new Object[] {1L, 2L}, (Object[]) rs.getArray(8).getArray());
            Object[] dates = (Object[]) rs.getArray(9).getArray();
            assertEquals(1, dates.length);
            assertEquals(Instant.parse("2024-01-01T00:00:00Z"), ((Timestamp) dates[0]).toInstant());
            assertEquals("{\"k\": 1}", rs.getString(10));
            assertTrue(rs.next());
            assertNull(rs.getString(1));
            assertEquals(0L, rs.getLong(2));
            assertTrue(rs.wasNull());
            assertEquals(Double.NEGATIVE_INFINITY, rs.getDouble(3));
            assertNull(rs.getObject(4));
            assertNull(rs.getTimestamp(5));
            assertNull(rs.getArray(7));
            assertFalse(rs.next());
        }
        assertEquals("SELECT \"name\", \"n\", \"d\", \"flag\", \"created\", \"parent\", \"tags\", \"nums\", \"dates\", "
                + "\"doc\" FROM syn100", schema.executor.last().sql());
        assertEquals("syn100", schema.executor.last().entityId());
        assertEquals(10, schema.executor.last().columnCount());
    }

    @Test
    void singleColumnResultsFlowAsScalars() throws SQLException {
        schema.executor.returning(rows(row("1"), row((String) null), row("3")));
        List<Object> values = new ArrayList<>();
        try (Statement st = schema.connection.createStatement();
             ResultSet rs = st.executeQuery("select n from syn100")) {
            while (rs.next()) {
                values.add(rs.getObject(1));
            }
        }
        assertEquals(Arrays.asList(1L, null, 3L), values);
    }

    @Test
    void parametersAreBoundAsSafelyQuotedLiterals() throws SQLException {
        schema.executor.returning(rows(row("7")));
        try (PreparedStatement ps = schema.connection.prepareStatement(
                "select n from syn100 where name = ? and name like ? and n > ? and d < ? and created < ? "
                        + "and flag = ? order by n limit ? offset ?")) {
            ps.setString(1, "O'Brien \\ caf\u00e9 \u2603");
            ps.setString(2, "a\\%");
            ps.setLong(3, -5);
            ps.setDouble(4, Double.POSITIVE_INFINITY);
            ps.setTimestamp(5, Timestamp.from(Instant.parse("2024-01-01T00:00:00.123Z")));
            ps.setBoolean(6, true);
            ps.setInt(7, 10);
            ps.setInt(8, 20);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(7L, rs.getLong(1));
            }
        }
        String sql = schema.executor.last().sql();
        assertEquals("SELECT \"n\" FROM syn100 WHERE \"name\" = 'O''Brien \\ caf\u00e9 \u2603' "
                + "AND \"name\" LIKE 'a\\\\%' AND \"n\" > (-5) AND \"d\" < 'Infinity' AND \"created\" < 1704067200123 "
                + "AND \"flag\" = 'true' ORDER BY \"n\" LIMIT 10 OFFSET 20", sql);
        SynapseGrammar.assertAccepted(sql);
        assertTrue(schema.executor.last().ordered());
        assertFalse(schema.executor.last().aggregated());
    }

    @Test
    void parametersAreBoundAgainOnEachExecution() throws SQLException {
        schema.executor.returning(rows());
        try (PreparedStatement ps = schema.connection.prepareStatement("select n from syn100 where n = ?")) {
            for (long value : new long[] {1, 2}) {
                ps.setLong(1, value);
                ps.executeQuery().close();
            }
            ps.setNull(1, Types.BIGINT);
            ps.executeQuery().close();
        }
        List<String> statements = schema.executor.executed().stream().map(SynapseQuery::sql).toList();
        assertEquals(List.of("SELECT \"n\" FROM syn100 WHERE \"n\" = 1", "SELECT \"n\" FROM syn100 WHERE \"n\" = 2",
                "SELECT \"n\" FROM syn100 WHERE \"n\" = NULL"), statements);
    }

    @Test
    void parameterListsAndViewsOfTheirRows() throws SQLException {
        schema.executor.returning(rows());
        try (PreparedStatement ps = schema.connection.prepareStatement(
                "select n from syn100 where n in (?, ?) or parent = ?")) {
            ps.setLong(1, 3);
            ps.setLong(2, 4);
            ps.setString(3, "syn9");
            ps.executeQuery().close();
        }
        String sql = schema.executor.last().sql();
        assertEquals("SELECT \"n\" FROM syn100 WHERE \"n\" = 3 OR \"n\" = 4 OR \"parent\" = 'syn9'", sql);
        SynapseGrammar.assertAccepted(sql);
    }

    @Test
    void virtualTablesHaveNoRowIds() throws SQLException {
        try (Statement st = schema.connection.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> st.executeQuery("select ROW_ID from syn300"));
            assertTrue(e.getMessage().contains("Column 'ROW_ID' not found"), e.getMessage());
        }
    }

    @Test
    void oversizedParameterFailsTheExecution() throws SQLException {
        try (PreparedStatement ps = schema.connection.prepareStatement("select n from syn100 where city = ?")) {
            ps.setString(1, "x".repeat(1001));
            SQLException e = assertThrows(SQLException.class, ps::executeQuery);
            assertTrue(String.valueOf(e.getCause()).contains("exceeds Synapse's maximum literal size of 1000"),
                    String.valueOf(e.getCause()));
        }
        assertTrue(schema.executor.executed().isEmpty());
    }

    @Test
    void calciteAppliesWhatWasNotPushed() throws SQLException {
        schema.executor.returning(rows(row("1", "Rome"), row("2", "Paris"), row("3", "Oslo"), row("4", null)));
        List<Long> values = new ArrayList<>();
        try (Statement st = schema.connection.createStatement();
             ResultSet rs = st.executeQuery("select n from syn100 where char_length(city) > 4 and n < 9")) {
            while (rs.next()) {
                values.add(rs.getLong(1));
            }
        }
        assertEquals(List.of(2L), values);
        assertEquals("SELECT \"n\", \"city\" FROM syn100 WHERE \"n\" < 9", schema.executor.last().sql());
    }

    @Test
    void aggregatedQueriesAreFlagged() throws SQLException {
        schema.executor.returning(rows(row("a", "3"), row("b", "2.0000")));
        List<String> values = new ArrayList<>();
        try (Statement st = schema.connection.createStatement();
             ResultSet rs = st.executeQuery("select name, count(*) from syn100 group by name")) {
            while (rs.next()) {
                values.add(rs.getString(1) + "=" + rs.getLong(2));
            }
        }
        assertEquals(List.of("a=3", "b=2"), values);
        assertTrue(schema.executor.last().aggregated());
        assertFalse(schema.executor.last().ordered());
    }

    @Test
    void wrongRowWidthFromTheExecutorIsAnError() throws SQLException {
        schema.executor.returning(rows(row("1", "2")));
        try (Statement st = schema.connection.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> {
                try (ResultSet rs = st.executeQuery("select n, d, name from syn100")) {
                    rs.next();
                }
            });
            assertTrue(String.valueOf(e).contains("2 values") || String.valueOf(e.getCause()).contains("2 values"),
                    String.valueOf(e));
        }
    }

    @Test
    void theExecutorSeesCancelFlagAndTimeout() throws SQLException {
        schema.executor.returning(rows());
        try (Statement st = schema.connection.createStatement()) {
            st.setQueryTimeout(7);
            st.executeQuery("select n from syn100").close();
        }
        DataContext context = schema.executor.lastContext();
        assertTrue(context.get(DataContext.Variable.CANCEL_FLAG.camelName) instanceof AtomicBoolean);
        assertEquals(7000L, context.get(DataContext.Variable.TIMEOUT.camelName));
    }

    @Test
    void explainPlanShowsTheSynapseSql() throws SQLException {
        String plan = schema.explain("select name from syn100 where n = 1 order by name limit 3");
        assertTrue(plan.contains(
                "SynapseToEnumerableConverter(sql=[SELECT \"name\" FROM syn100 WHERE \"n\" = 1 ORDER BY \"name\" "
                        + "LIMIT 3])"), plan);
        assertTrue(plan.contains("SynapseSort") && plan.contains("SynapseFilter") && plan.contains("SynapseTableScan"),
                plan);
    }

    @Test
    void viewsAndSnapshotsQueryTheirOwnEntity() throws SQLException {
        schema.executor.returning(rows(row("syn5", "0a1b")));
        try (Statement st = schema.connection.createStatement();
             ResultSet rs = st.executeQuery("select id, ROW_ETAG from syn200")) {
            assertTrue(rs.next());
            assertEquals("0a1b", rs.getString(2));
        }
        assertEquals("syn200", schema.executor.last().entityId());
        schema.executor.returning(rows());
        try (Statement st = schema.connection.createStatement()) {
            st.executeQuery("select n from \"syn100.3\"").close();
        }
        assertEquals("SELECT \"n\" FROM syn100.3", schema.executor.last().sql());
        assertEquals(Long.valueOf(3), schema.executor.last().table().version());
    }
}
