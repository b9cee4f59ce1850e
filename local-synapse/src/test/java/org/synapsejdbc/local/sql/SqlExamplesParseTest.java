package org.synapsejdbc.local.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.synapsejdbc.local.sql.ast.QuerySpec;
import org.synapsejdbc.local.sql.check.AggregateDetector;
import org.synapsejdbc.local.sql.parse.QueryParser;
import org.synapsejdbc.local.sql.render.SqlRenderer;

/** Every example of Synapse's SQLSpecification2.csv parses as a full user statement, with the documented aggregate flags. */
class SqlExamplesParseTest {

    private static final Set<Integer> AGGREGATED = Set.of(5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
            21, 58, 65, 66, 73, 80);

    static Stream<SqlExampleCsv.Example> examples() throws IOException {
        return SqlExampleCsv.load().stream();
    }

    @Test
    void fileHas85Records() throws IOException {
        assertEquals(85, SqlExampleCsv.load().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void parsesAndRoundTrips(SqlExampleCsv.Example example) {
        QueryParser.Result result = QueryParser.parse(example.sql());
        assertNull(result.trailingError(), () -> "record " + example.number() + ": " + result.trailingError());
        QuerySpec query = result.query();
        assertEquals(AGGREGATED.contains(example.number()), AggregateDetector.isAggregated(query),
                "aggregate flag of record " + example.number());
        String canonical = SqlRenderer.canonical().render(query);
        assertEquals(canonical, SqlRenderer.canonical().render(QueryParser.parseStatement(canonical)),
                "canonical form must be stable");
    }

    @Test
    void record39RendersSorted() throws IOException {
        List<SqlExampleCsv.Example> all = SqlExampleCsv.load();
        assertEquals("SELECT * FROM syn123 WHERE ISINFINITY(foo) OR ISNAN(foo)",
                SqlRenderer.canonical().render(QueryParser.parseStatement(all.get(38).sql())));
        assertEquals("select * from syn123 where foo like 'bar_'", all.get(39).sql());
        assertEquals("select JSON_UNQUOTE(foo), JSON_UNQUOTE('\"bar\"') from syn123", all.get(63).sql());
    }
}
