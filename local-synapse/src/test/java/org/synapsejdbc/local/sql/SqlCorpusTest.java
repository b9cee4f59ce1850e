package org.synapsejdbc.local.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.synapsejdbc.client.model.ColumnMultiValueFunction;
import org.synapsejdbc.client.model.ColumnMultiValueFunctionQueryFilter;
import org.synapsejdbc.client.model.ColumnSingleValueFilterOperator;
import org.synapsejdbc.client.model.ColumnSingleValueQueryFilter;
import org.synapsejdbc.client.model.QueryFilter;
import org.synapsejdbc.client.model.SelectColumn;
import org.synapsejdbc.client.model.SortDirection;
import org.synapsejdbc.client.model.SortItem;
import org.synapsejdbc.local.sql.check.TableSchema;

/** Runs the SQL corpus ({@code src/test/resources/sql/corpus/*.txt}) against a real H2 table-index database. */
class SqlCorpusTest {

    private static CorpusFixture fixture;

    @BeforeAll
    static void setUp() throws SQLException {
        fixture = new CorpusFixture();
    }

    @AfterAll
    static void tearDown() throws SQLException {
        fixture.conn.close();
    }

    static Stream<CorpusCase> cases() throws IOException {
        List<CorpusCase> all = new ArrayList<>();
        for (String f : CorpusCase.files()) {
            all.addAll(CorpusCase.load(f));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void run(CorpusCase c) {
        String expectedError = null;
        boolean expectStart = false;
        boolean prefixOnly = false;
        for (String e : c.expectations) {
            if (e.startsWith("!prefix ")) {
                expectedError = e.substring(8);
                prefixOnly = true;
            } else if (e.startsWith("!startprefix ")) {
                expectedError = e.substring(13);
                prefixOnly = true;
                expectStart = true;
            } else if (e.startsWith("!start ")) {
                expectedError = e.substring(7);
                expectStart = true;
            } else if (e.startsWith("! ")) {
                expectedError = e.substring(2);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        List<Long> rowIds = new ArrayList<>();
        List<String> etags = new ArrayList<>();
        PreparedSynapseQuery prepared;
        PageResult page;
        try {
            ParsedSql parsed = SqlEngine.parseAtStart(c.sql);
            TableSchema schema = fixture.tables.get(parsed.tableDisplayId());
            if (schema == null) {
                throw new SynapseSqlException(404, "Resource: '" + parsed.tableId() + "' does not exist", SynapseSqlException.Phase.START);
            }
            prepared = SqlEngine.prepare(parsed, request(c, schema));
            page = prepared.executePage(fixture.conn, (id, v, etag, values) -> {
                rows.add(values);
                rowIds.add(id);
                etags.add(etag);
            });
        } catch (SynapseSqlException e) {
            if (expectedError == null) {
                fail("unexpected error (" + e.phase() + "): " + e.reason());
            }
            if (prefixOnly) {
                assertEquals(unescape(expectedError), e.reason().substring(0, Math.min(e.reason().length(),
                        unescape(expectedError).length())));
            } else {
                assertEquals(unescape(expectedError), e.reason());
            }
            assertEquals(expectStart ? SynapseSqlException.Phase.START : SynapseSqlException.Phase.JOB, e.phase(), "phase");
            return;
        }
        if (expectedError != null) {
            fail("expected error " + expectedError + " but got rows " + rows);
        }
        List<String> expectedRows = new ArrayList<>();
        boolean checkRows = false;
        for (String e : c.expectations) {
            if (e.startsWith("=")) {
                checkRows = true;
                expectedRows.add(e.startsWith("= ") ? e.substring(2) : e.substring(1));
            } else if (e.equals("empty")) {
                checkRows = true;
            } else if (e.startsWith("count ")) {
                assertEquals(Long.parseLong(e.substring(6).trim()), prepared.count(fixture.conn), "count");
            } else if (e.startsWith("page ")) {
                String next = page.nextPageOffset() == null ? "none" : page.nextPageOffset().toString();
                assertEquals(e.substring(5).trim(), "rows=" + page.rowCount() + " next=" + next, "page");
            } else if (e.startsWith("headers ")) {
                assertEquals(e.substring(8).trim(), prepared.selectColumns().stream().map(SqlCorpusTest::header)
                        .collect(Collectors.joining(", ")), "headers");
            } else if (e.startsWith("combined ")) {
                assertEquals(e.substring(9).trim(), prepared.combinedSql(), "combinedSql");
            } else if (e.startsWith("rowids ")) {
                assertEquals(e.substring(7).trim(), rowIds.stream().map(String::valueOf).collect(Collectors.joining(",")), "row ids");
            } else if (e.startsWith("etags ")) {
                assertEquals(e.substring(6).trim(), etags.stream().map(String::valueOf).collect(Collectors.joining(",")), "etags");
            } else if (!e.startsWith("!")) {
                fail("unknown expectation " + e);
            }
        }
        if (checkRows) {
            List<String> actual = rows.stream().map(r -> r.stream().map(v -> v == null ? "NULL" : v)
                    .collect(Collectors.joining(" | "))).toList();
            assertEquals(String.join("\n", expectedRows), String.join("\n", actual), "rows");
        }
        assertFalse(c.expectations.isEmpty(), "a case needs an expectation");
    }

    private static String header(SelectColumn s) {
        return s.getName() + ":" + s.getColumnType() + ":" + (s.getId() == null ? "" : s.getId());
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n");
    }

    private static QueryRequest request(CorpusCase c, TableSchema schema) {
        Long offset = null;
        Long limit = null;
        long user = 273950;
        boolean etag = false;
        List<SortItem> sort = new ArrayList<>();
        List<QueryFilter> filters = new ArrayList<>();
        for (String o : c.options) {
            String key = o.substring(0, o.indexOf('='));
            String value = o.substring(o.indexOf('=') + 1);
            switch (key) {
                case "offset" -> offset = Long.parseLong(value);
                case "limit" -> limit = Long.parseLong(value);
                case "user" -> user = Long.parseLong(value);
                case "etag" -> etag = Boolean.parseBoolean(value);
                case "sort" -> {
                    String[] p = value.split(":");
                    sort.add(new SortItem().setColumn(p[0]).setDirection(p.length > 1 ? SortDirection.valueOf(p[1]) : null));
                }
                case "filter", "definingfilter" -> {
                    String[] p = value.split(":", 3);
                    Boolean defining = key.equals("definingfilter") ? Boolean.TRUE : null;
                    List<String> values = p.length > 2 && !p[2].isEmpty() ? List.of(p[2].split(",", -1)) : null;
                    if (p[0].startsWith("HAS")) {
                        filters.add(new ColumnMultiValueFunctionQueryFilter().setColumnName(p[1])
                                .setFunction(ColumnMultiValueFunction.valueOf(p[0])).setValues(values).setIsDefiningCondition(defining));
                    } else {
                        filters.add(new ColumnSingleValueQueryFilter().setColumnName(p[1])
                                .setOperator(p[0].isEmpty() ? null : ColumnSingleValueFilterOperator.valueOf(p[0])).setValues(values)
                                .setIsDefiningCondition(defining));
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + o);
            }
        }
        return new QueryRequest(schema, user, offset, limit, sort, filters, etag, fixture::column);
    }
}
