package org.synapsejdbc.calcite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tests: the exact Synapse SQL generated for every shape that is pushed down completely, checked against
 * Synapse's grammar. Table {@code syn100} has columns name, n, d, flag, created (DATE), parent (ENTITYID), tags,
 * nums, dates (lists), doc (JSON), year, we"ird, city; see {@link SynapseTestSchema}.
 */
class PushdownGoldenTest {
    private static final String ALL = "\"name\", \"n\", \"d\", \"flag\", \"created\", \"parent\", \"tags\", \"nums\", "
            + "\"dates\", \"doc\", \"year\", \"we\"\"ird\", \"city\", \"ROW_ID\", \"ROW_VERSION\"";
    private static SynapseTestSchema schema;

    @BeforeAll
    static void open() throws SQLException {
        schema = new SynapseTestSchema();
    }

    @AfterAll
    static void close() throws SQLException {
        schema.close();
    }

    static Stream<Arguments> shapes() {
        return Stream.of(
            // scans and projection
            Arguments.of("select * from syn100", "SELECT " + ALL + " FROM syn100"),
            Arguments.of("select * from \"syn100.3\"", "SELECT " + ALL + " FROM syn100.3"),
            Arguments.of("select name, \"year\", \"we\"\"ird\" from syn100",
                "SELECT \"name\", \"year\", \"we\"\"ird\" FROM syn100"),
            Arguments.of("select name as alias, n from syn100", "SELECT \"name\", \"n\" FROM syn100"),
            Arguments.of("select tags, doc, dates from syn100", "SELECT \"tags\", \"doc\", \"dates\" FROM syn100"),
            Arguments.of("select ROW_ID, ROW_VERSION from syn100", "SELECT \"ROW_ID\", \"ROW_VERSION\" FROM syn100"),
            Arguments.of("select id, ROW_ETAG from syn200", "SELECT \"id\", \"ROW_ETAG\" FROM syn200"),
            Arguments.of("select k from syn300", "SELECT \"k\" FROM syn300"),
            // expressions
            Arguments.of("select n + 1, n * 2, n - d, -n from syn100",
                "SELECT \"n\" + 1, \"n\" * 2, \"n\" - \"d\", - \"n\" FROM syn100"),
            Arguments.of("select d / 2 from syn100", "SELECT \"d\" / 2 FROM syn100"),
            Arguments.of("select upper(name), lower(city) from syn100",
                "SELECT UPPER(\"name\"), LOWER(\"city\") FROM syn100"),
            Arguments.of("select cast(n as double) from syn100", "SELECT CAST(\"n\" AS DOUBLE) FROM syn100"),
            Arguments.of("select cast(n as varchar(30)) from syn100", "SELECT CAST(\"n\" AS STRING) FROM syn100"),
            // comparison operators
            Arguments.of("select n from syn100 where n = 5", "SELECT \"n\" FROM syn100 WHERE \"n\" = 5"),
            Arguments.of("select n from syn100 where n <> 5", "SELECT \"n\" FROM syn100 WHERE \"n\" <> 5"),
            Arguments.of("select n from syn100 where n < 5", "SELECT \"n\" FROM syn100 WHERE \"n\" < 5"),
            Arguments.of("select n from syn100 where n <= 5", "SELECT \"n\" FROM syn100 WHERE \"n\" <= 5"),
            Arguments.of("select n from syn100 where n > 5", "SELECT \"n\" FROM syn100 WHERE \"n\" > 5"),
            Arguments.of("select n from syn100 where n >= 5", "SELECT \"n\" FROM syn100 WHERE \"n\" >= 5"),
            Arguments.of("select n from syn100 where n > -5", "SELECT \"n\" FROM syn100 WHERE \"n\" > -5"),
            Arguments.of("select n from syn100 where d < 1.5", "SELECT \"n\" FROM syn100 WHERE \"d\" < 1.5E0"),
            Arguments.of("select n from syn100 where n = d", "SELECT \"n\" FROM syn100 WHERE CAST(\"n\" AS DOUBLE) = \"d\""),
            Arguments.of("select n from syn100 where name = 'it''s'",
                "SELECT \"n\" FROM syn100 WHERE \"name\" = 'it''s'"),
            Arguments.of("select n from syn100 where name = 'caf\u00e9 \\ \u00fc'",
                "SELECT \"n\" FROM syn100 WHERE \"name\" = 'caf\u00e9 \\ \u00fc'"),
            Arguments.of("select n from syn100 where parent in ('syn9', 'syn10')",
                "SELECT \"n\" FROM syn100 WHERE \"parent\" IN ('syn10', 'syn9')"),
            Arguments.of("select n from syn100 where parent = 'syn9'",
                "SELECT \"n\" FROM syn100 WHERE \"parent\" = 'syn9'"),
            // literal op column and other right-side-only column shapes are flipped
            Arguments.of("select n from syn100 where 5 < n", "SELECT \"n\" FROM syn100 WHERE \"n\" > 5"),
            Arguments.of("select n from syn100 where 5 >= n", "SELECT \"n\" FROM syn100 WHERE \"n\" <= 5"),
            Arguments.of("select n from syn100 where 'x' = name", "SELECT \"n\" FROM syn100 WHERE \"name\" = 'x'"),
            Arguments.of("select n from syn100 where n + 1 > d",
                "SELECT \"n\" FROM syn100 WHERE CAST(\"n\" + 1 AS DOUBLE) > \"d\""),
            // booleans
            Arguments.of("select n from syn100 where flag", "SELECT \"n\" FROM syn100 WHERE \"flag\" = TRUE"),
            Arguments.of("select n from syn100 where not flag",
                "SELECT \"n\" FROM syn100 WHERE NOT \"flag\" = TRUE"),
            Arguments.of("select n from syn100 where flag = false",
                "SELECT \"n\" FROM syn100 WHERE NOT \"flag\" = TRUE"),
            Arguments.of("select n from syn100 where flag is true",
                "SELECT \"n\" FROM syn100 WHERE \"flag\" = TRUE"),
            Arguments.of("select n from syn100 where flag is not false",
                "SELECT \"n\" FROM syn100 WHERE \"flag\" IS NOT FALSE"),
            Arguments.of("select n from syn100 where (n > 5) is not true",
                "SELECT \"n\" FROM syn100 WHERE \"n\" > 5 IS NOT TRUE"),
            Arguments.of("select n from syn100 where (name = 'a' or n = 1) is true",
                "SELECT \"n\" FROM syn100 WHERE \"name\" = 'a' OR \"n\" = 1"),
            // null tests
            Arguments.of("select n from syn100 where name is null", "SELECT \"n\" FROM syn100 WHERE \"name\" IS NULL"),
            Arguments.of("select n from syn100 where tags is not null",
                "SELECT \"n\" FROM syn100 WHERE \"tags\" IS NOT NULL"),
            // IN, BETWEEN, LIKE
            Arguments.of("select n from syn100 where n in (3, 1, 2)",
                "SELECT \"n\" FROM syn100 WHERE \"n\" IN (1, 2, 3)"),
            Arguments.of("select n from syn100 where n not in (1, 2)",
                "SELECT \"n\" FROM syn100 WHERE \"n\" NOT IN (1, 2)"),
            Arguments.of("select n from syn100 where name in ('a', 'b')",
                "SELECT \"n\" FROM syn100 WHERE \"name\" IN ('a', 'b')"),
            Arguments.of("select n from syn100 where n between 1 and 9",
                "SELECT \"n\" FROM syn100 WHERE \"n\" >= 1 AND \"n\" <= 9"),
            Arguments.of("select n from syn100 where name like 'a%'",
                "SELECT \"n\" FROM syn100 WHERE \"name\" LIKE 'a%'"),
            Arguments.of("select n from syn100 where name not like '_b%'",
                "SELECT \"n\" FROM syn100 WHERE \"name\" NOT LIKE '_b%'"),
            Arguments.of("select n from syn100 where name like 'a\\%'",
                "SELECT \"n\" FROM syn100 WHERE \"name\" LIKE 'a\\\\%'"),
            Arguments.of("select n from syn100 where name like 'a!%' escape '!'",
                "SELECT \"n\" FROM syn100 WHERE \"name\" LIKE 'a!%' ESCAPE '!'"),
            Arguments.of("select n from syn100 where upper(name) = 'ABC'",
                "SELECT \"n\" FROM syn100 WHERE UPPER(\"name\") = 'ABC'"),
            Arguments.of("select n from syn100 where cast(n as double) > 1.5",
                "SELECT \"n\" FROM syn100 WHERE CAST(\"n\" AS DOUBLE) > 1.5E0"),
            // dates are epoch milliseconds
            Arguments.of("select n from syn100 where created > timestamp '2024-01-01 00:00:00'",
                "SELECT \"n\" FROM syn100 WHERE \"created\" > 1704067200000"),
            Arguments.of("select n from syn100 where created < timestamp '1969-12-31 23:59:59.999'",
                "SELECT \"n\" FROM syn100 WHERE \"created\" < (-1)"),
            Arguments.of("select n from syn100 where created = date '2024-01-02'",
                "SELECT \"n\" FROM syn100 WHERE \"created\" = 1704153600000"),
            // AND, OR, NOT
            Arguments.of("select n from syn100 where n > 1 and d < 2",
                "SELECT \"n\" FROM syn100 WHERE \"n\" > 1 AND \"d\" < 2.0E0"),
            Arguments.of("select n from syn100 where n = 1 or name = 'x'",
                "SELECT \"n\" FROM syn100 WHERE \"n\" = 1 OR \"name\" = 'x'"),
            Arguments.of("select n from syn100 where not (n = 1 and name = 'x')",
                "SELECT \"n\" FROM syn100 WHERE \"n\" <> 1 OR \"name\" <> 'x'"),
            Arguments.of("select n from syn100 where (n = 1 or n > 5) and (name = 'a' or city = 'b')",
                "SELECT \"n\" FROM syn100 WHERE (\"n\" = 1 OR \"n\" > 5) AND (\"name\" = 'a' OR \"city\" = 'b')"),
            // aggregates
            Arguments.of("select count(*) from syn100", "SELECT COUNT(*) FROM syn100"),
            Arguments.of("select count(name), count(distinct n), sum(n), min(n), max(created) from syn100",
                "SELECT COUNT(\"name\"), COUNT(DISTINCT \"n\"), SUM(\"n\"), MIN(\"n\"), MAX(\"created\") FROM syn100"),
            Arguments.of("select avg(d), stddev_pop(d), var_samp(d) from syn100",
                "SELECT AVG(\"d\"), STDDEV_POP(\"d\"), VAR_SAMP(\"d\") FROM syn100"),
            Arguments.of("select name, count(*) from syn100 group by name",
                "SELECT \"name\", COUNT(*) FROM syn100 GROUP BY \"name\""),
            Arguments.of("select count(*), name from syn100 group by name",
                "SELECT COUNT(*), \"name\" FROM syn100 GROUP BY \"name\""),
            Arguments.of("select name, city, sum(n) from syn100 where n > 0 group by name, city",
                "SELECT \"name\", \"city\", SUM(\"n\") FROM syn100 WHERE \"n\" > 0 GROUP BY \"name\", \"city\""),
            Arguments.of("select parent, count(*) from syn100 group by parent",
                "SELECT \"parent\", COUNT(*) FROM syn100 GROUP BY \"parent\""),
            Arguments.of("select distinct name from syn100", "SELECT \"name\" FROM syn100 GROUP BY \"name\""),
            Arguments.of("select distinct name, n from syn100 where n > 3",
                "SELECT \"name\", \"n\" FROM syn100 WHERE \"n\" > 3 GROUP BY \"name\", \"n\""),
            Arguments.of("select count(*) + 1 from syn100", "SELECT COUNT(*) + 1 FROM syn100"),
            // sort, limit, offset
            Arguments.of("select n from syn100 order by n", "SELECT \"n\" FROM syn100 ORDER BY \"n\""),
            Arguments.of("select n from syn100 order by n desc", "SELECT \"n\" FROM syn100 ORDER BY \"n\" DESC"),
            Arguments.of("select n from syn100 order by n nulls first", "SELECT \"n\" FROM syn100 ORDER BY \"n\""),
            Arguments.of("select name, n from syn100 order by name, n desc",
                "SELECT \"name\", \"n\" FROM syn100 ORDER BY \"name\", \"n\" DESC"),
            Arguments.of("select n from syn100 limit 10", "SELECT \"n\" FROM syn100 LIMIT 10"),
            Arguments.of("select n from syn100 order by n limit 10 offset 20",
                "SELECT \"n\" FROM syn100 ORDER BY \"n\" LIMIT 10 OFFSET 20"),
            Arguments.of("select n from syn100 offset 5 rows fetch next 3 rows only",
                "SELECT \"n\" FROM syn100 LIMIT 3 OFFSET 5"),
            Arguments.of("select name from syn100 order by created desc limit 5",
                "SELECT \"name\", \"created\" FROM syn100 ORDER BY \"created\" DESC LIMIT 5"),
            // expressions in GROUP BY, aggregates and ORDER BY
            Arguments.of("select upper(name), count(*) from syn100 group by upper(name)",
                "SELECT UPPER(\"name\"), COUNT(*) FROM syn100 GROUP BY UPPER(\"name\")"),
            Arguments.of("select sum(n * 2), max(d) - min(d) from syn100",
                "SELECT SUM(\"n\" * 2), MAX(\"d\") - MIN(\"d\") FROM syn100"),
            Arguments.of("select n from syn100 order by n + 1 desc limit 2",
                "SELECT \"n\", \"n\" + 1 FROM syn100 ORDER BY \"n\" + 1 DESC LIMIT 2"),
            Arguments.of("select name from syn100 group by name order by count(*) desc limit 5",
                "SELECT \"name\", COUNT(*) FROM syn100 GROUP BY \"name\" ORDER BY COUNT(*) DESC LIMIT 5"),
            Arguments.of("select min(name), max(flag) from syn100", "SELECT MIN(\"name\"), MAX(\"flag\") FROM syn100"),
            // combinations
            Arguments.of("select name, n from syn100 where n > 5 and name like 'a%' order by created desc "
                    + "limit 10 offset 20",
                "SELECT \"name\", \"n\", \"created\" FROM syn100 WHERE \"n\" > 5 AND \"name\" LIKE 'a%' "
                    + "ORDER BY \"created\" DESC LIMIT 10 OFFSET 20"),
            Arguments.of("select name, count(*) as c from syn100 where flag group by name order by c desc limit 5",
                "SELECT \"name\", COUNT(*) FROM syn100 WHERE \"flag\" = TRUE GROUP BY \"name\" "
                    + "ORDER BY COUNT(*) DESC LIMIT 5"),
            Arguments.of("select upper(name) as u, n * 2 from syn100 where n in (1, 2) order by n limit 3",
                "SELECT UPPER(\"name\"), \"n\" * 2, \"n\" FROM syn100 WHERE \"n\" IN (1, 2) ORDER BY \"n\" LIMIT 3"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void generatesSynapseSql(String calciteSql, String expectedSynapseSql) throws SQLException {
        String actual = schema.pushed(calciteSql);
        assertEquals(expectedSynapseSql, actual);
        SynapseGrammar.assertAccepted(actual);
    }
}
