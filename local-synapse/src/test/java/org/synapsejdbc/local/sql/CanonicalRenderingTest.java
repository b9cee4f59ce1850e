package org.synapsejdbc.local.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.synapsejdbc.local.sql.parse.QueryParser;
import org.synapsejdbc.local.sql.parse.SqlParseException;
import org.synapsejdbc.local.sql.render.SqlRenderer;

/** Canonical rendering (grammar §4) and parser value errors. */
class CanonicalRenderingTest {

    private static String canonical(String sql) {
        return SqlRenderer.canonical().render(QueryParser.parseStatement(sql));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "select count(*) from syn1 | SELECT COUNT(*) FROM syn1",
        "select a from SYN1.2 | SELECT a FROM syn1.2",
        "select * from syn1 where b = 1 or a = 2 | SELECT * FROM syn1 WHERE a = 2 OR b = 1",
        "select * from syn1 where a in (3,1,2,1) | SELECT * FROM syn1 WHERE a IN ( 1, 2, 3 )",
        "select * from syn1 where a=1 and not b=2 and c is not null | SELECT * FROM syn1 WHERE NOT b = 2 AND a = 1 AND c IS NOT NULL",
        "select * from syn1 where (a = 1 or a = 1) | SELECT * FROM syn1 WHERE ( a = 1 )",
        "select a+b, 5%2, 5 div 2 from syn1 | SELECT a+b, 5%2, 5 DIV 2 FROM syn1",
        "select round(avg(a), 2) from syn1 | SELECT ROUND(AVG(a),2) FROM syn1",
        "select now() - interval 3 day from syn1 | SELECT NOW()-INTERVAL 3 DAY FROM syn1",
        "select .5, 1., 1e5, 1.5E-3, 1.5e10, 007 from syn1 | SELECT 0.5, 1.0, 100000.0, 0.0015, 1.5E10, 7 FROM syn1",
        "select 'it''s' from syn1; | SELECT 'it''s' FROM syn1",
        "select \"a\"\"b\", `c``d` from syn1 | SELECT \"a\"\"b\", `c``d` FROM syn1",
        "select * from syn1 where l has ('b','a') | SELECT * FROM syn1 WHERE l HAS ( 'a', 'b' )",
        "select * from syn1 where l not has_like ('b%') escape '#' | SELECT * FROM syn1 WHERE l NOT HAS_LIKE ( 'b%' ) ESCAPE '#'",
        "select * from syn1 where isNan(foo) or isInfinity(foo) | SELECT * FROM syn1 WHERE ISINFINITY(foo) OR ISNAN(foo)",
        "select distinct a as x from syn1 t group by a order by a desc, b limit 1 offset 2 | SELECT DISTINCT a AS x FROM syn1 AS t GROUP BY a ORDER BY a DESC, b LIMIT 1 OFFSET 2",
        "select cast(a as integer), cast(b as 12) from syn1 | SELECT CAST(a AS INTEGER), CAST(b AS 12) FROM syn1",
        "select case when a = 1 then 'x' else 'y' end from syn1 | SELECT CASE WHEN a = 1 THEN 'x' ELSE 'y' END FROM syn1",
        "select group_concat(distinct a order by a separator ';') from syn1 | SELECT GROUP_CONCAT(DISTINCT a ORDER BY a SEPARATOR ';') FROM syn1",
        "select current_user(), unnest(l) from syn1 where a between 1 and 2 | SELECT CURRENT_USER(), UNNEST(l) FROM syn1 WHERE a BETWEEN 1 AND 2",
        "select a from syn1 where a like 'x%' escape '\\' | SELECT a FROM syn1 WHERE a LIKE 'x%' ESCAPE '\\'",
        "select -a, +1 from syn1 where a is not true | SELECT -a, +1 FROM syn1 WHERE a IS NOT TRUE"})
    void rendersCanonically(String sql, String expected) {
        assertEquals(expected, canonical(sql));
        assertEquals(expected, canonical(expected), "rendering is a fixed point");
    }

    @Test
    void stringLiteralsOverAThousandCharactersAreRejected() {
        String ok = "select a from syn1 where a = '" + "x".repeat(1000) + "'";
        assertEquals(1000 + 31, canonical(ok).length());
        SqlParseException e = assertThrows(SqlParseException.class,
                () -> QueryParser.parseStatement("select a from syn1 where a = '" + "x".repeat(1001) + "'"));
        assertEquals("String exceeds maximum allowed size: 1000", e.getMessage());
        assertFalse(e.grammarError());
    }

    @Test
    void startErrorsCarryTheNoteAndJobErrorsThePrefix() {
        SynapseSqlException start = assertThrows(SynapseSqlException.class, () -> SqlEngine.parseAtStart("select from syn1"));
        assertEquals(SynapseSqlException.Phase.START, start.phase());
        assertTrue(start.reason().startsWith("Encountered \" \"FROM\" \"from \"\" at line 1, column 8.\nWas expecting one of:\n"));
        assertTrue(start.reason().endsWith("\n     Note: If a column name contains spaces, punctuation, or SQL key words, then the name"
                + " must be enclosed in double quotes. See https://rest-docs.synapse.org/rest/org/sagebionetworks/repo/web/controller/TableExamples.html"));
        ParsedSql parsed = SqlEngine.parseAtStart("select a from syn1 limit 10 20");
        assertEquals(1, parsed.tableId());
        assertTrue(parsed.trailingError().getMessage().startsWith("Encountered \" <unsigned_integer> \"20 \"\" at line 1, column 29."));
    }

    @Test
    void positionsFollowTheGeneratedLexer() {
        SqlParseException e = assertThrows(SqlParseException.class, () -> QueryParser.parseStatement("select a\r\nfrom syn1\n\twhere !"));
        assertTrue(e.getMessage().startsWith("Encountered \" \"!\" \"! \"\" at line 3, column 15."), e.getMessage());
        SqlParseException eof = assertThrows(SqlParseException.class, () -> QueryParser.parseStatement("select a from"));
        assertTrue(eof.getMessage().startsWith("Encountered \"<EOF>\" at line 1, column 13.\nWas expecting one of:\n"), eof.getMessage());
    }
}
