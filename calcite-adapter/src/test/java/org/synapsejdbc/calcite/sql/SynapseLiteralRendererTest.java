package org.synapsejdbc.calcite.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;
import org.synapsejdbc.local.sql.parse.QueryParser;

class SynapseLiteralRendererTest {
    @Test
    void stringsAreSingleQuotedWithDoubledQuotesAndNoBackslashEscapes() {
        assertEquals("'abc'", SynapseLiteralRenderer.string("abc"));
        assertEquals("''", SynapseLiteralRenderer.string(""));
        assertEquals("'it''s'", SynapseLiteralRenderer.string("it's"));
        assertEquals("''''''", SynapseLiteralRenderer.string("''"));
        assertEquals("'a\\b'", SynapseLiteralRenderer.string("a\\b"));
        assertEquals("'\\'''", SynapseLiteralRenderer.string("\\'"));
        assertEquals("'say \"hi\"'", SynapseLiteralRenderer.string("say \"hi\""));
    }

    @Test
    void unicodeAndControlCharactersStayInsideTheQuotes() {
        assertEquals("'caf\u00e9 \u2603 \uD83D\uDE00'", SynapseLiteralRenderer.string("caf\u00e9 \u2603 \uD83D\uDE00"));
        assertEquals("'line1\nline2\ttab'", SynapseLiteralRenderer.string("line1\nline2\ttab"));
    }

    @Test
    void stringsLongerThanSynapseAllowsAreRejected() {
        assertEquals(1002, SynapseLiteralRenderer.string("x".repeat(1000)).length());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SynapseLiteralRenderer.string("x".repeat(1001)));
        assertEquals("A string value of 1001 characters exceeds Synapse's maximum literal size of 1000",
                e.getMessage());
    }

    @Test
    void likePatternsKeepBackslashesLiteral() {
        assertEquals("'a\\\\%'", SynapseLiteralRenderer.likePattern("a\\%"));
        assertEquals("'50%'", SynapseLiteralRenderer.likePattern("50%"));
        assertEquals("'o''k\\\\'", SynapseLiteralRenderer.likePattern("o'k\\"));
    }

    @Test
    void nullsRenderAsNull() {
        for (SqlTypeName type : new SqlTypeName[] {SqlTypeName.VARCHAR, SqlTypeName.BIGINT, SqlTypeName.DOUBLE,
                SqlTypeName.BOOLEAN, SqlTypeName.TIMESTAMP}) {
            assertEquals("NULL", SynapseLiteralRenderer.render(null, type));
        }
    }

    @Test
    void integers() {
        assertEquals("42", SynapseLiteralRenderer.render(42, SqlTypeName.INTEGER));
        assertEquals("9223372036854775807", SynapseLiteralRenderer.render(Long.MAX_VALUE, SqlTypeName.BIGINT));
        assertEquals("(-9223372036854775807-1)",
                SynapseLiteralRenderer.render(Long.MIN_VALUE, SqlTypeName.BIGINT));
        assertEquals("(-5)", SynapseLiteralRenderer.render((short) -5, SqlTypeName.SMALLINT));
        assertEquals("7", SynapseLiteralRenderer.render("007", SqlTypeName.BIGINT));
        assertEquals("12", SynapseLiteralRenderer.render(new BigDecimal("12.000"), SqlTypeName.BIGINT));
        assertThrows(IllegalArgumentException.class, () -> SynapseLiteralRenderer.render(1.5, SqlTypeName.BIGINT));
        assertThrows(IllegalArgumentException.class,
                () -> SynapseLiteralRenderer.render(new BigInteger("99999999999999999999"), SqlTypeName.BIGINT));
        assertThrows(IllegalArgumentException.class,
                () -> SynapseLiteralRenderer.render("1 OR 1=1", SqlTypeName.BIGINT));
        assertThrows(IllegalArgumentException.class, () -> SynapseLiteralRenderer.render(true, SqlTypeName.BIGINT));
    }

    @Test
    void decimals() {
        assertEquals("1.50", SynapseLiteralRenderer.render(new BigDecimal("1.50"), SqlTypeName.DECIMAL));
        assertEquals("(-0.001)", SynapseLiteralRenderer.render(new BigDecimal("-1E-3"), SqlTypeName.DECIMAL));
        assertEquals("100000000000000000000",
                SynapseLiteralRenderer.render(new BigDecimal("1E+20"), SqlTypeName.DECIMAL));
    }

    @Test
    void doublesIncludingNaNAndInfinities() {
        assertEquals("1.5", SynapseLiteralRenderer.render(1.5, SqlTypeName.DOUBLE));
        assertEquals("(-2.0)", SynapseLiteralRenderer.render(-2.0, SqlTypeName.DOUBLE));
        assertEquals("1.0E10", SynapseLiteralRenderer.render(1e10, SqlTypeName.DOUBLE));
        assertEquals("1.0E-5", SynapseLiteralRenderer.render(1e-5, SqlTypeName.DOUBLE));
        assertEquals("0.5", SynapseLiteralRenderer.render(0.5f, SqlTypeName.REAL));
        assertEquals("'NaN'", SynapseLiteralRenderer.render(Double.NaN, SqlTypeName.DOUBLE));
        assertEquals("'Infinity'", SynapseLiteralRenderer.render(Double.POSITIVE_INFINITY, SqlTypeName.DOUBLE));
        assertEquals("'-Infinity'", SynapseLiteralRenderer.render(Float.NEGATIVE_INFINITY, SqlTypeName.FLOAT));
        assertEquals("3.0", SynapseLiteralRenderer.render(3, SqlTypeName.DOUBLE));
        assertEquals("'NaN'", SynapseLiteralRenderer.render("NaN", SqlTypeName.DOUBLE));
        assertThrows(IllegalArgumentException.class, () -> SynapseLiteralRenderer.render("abc", SqlTypeName.DOUBLE));
    }

    @Test
    void booleansAreStringsSynapseConvertsWithTheLeftSideType() {
        assertEquals("'true'", SynapseLiteralRenderer.render(true, SqlTypeName.BOOLEAN));
        assertEquals("'false'", SynapseLiteralRenderer.render(Boolean.FALSE, SqlTypeName.BOOLEAN));
        assertEquals("'true'", SynapseLiteralRenderer.render("TRUE", SqlTypeName.BOOLEAN));
        assertEquals("'false'", SynapseLiteralRenderer.render(0, SqlTypeName.BOOLEAN));
        assertThrows(IllegalArgumentException.class, () -> SynapseLiteralRenderer.render("yes", SqlTypeName.BOOLEAN));
    }

    @Test
    void timestampsAreEpochMilliseconds() {
        long ms = 1_704_067_200_123L;
        assertEquals("1704067200123", SynapseLiteralRenderer.render(ms, SqlTypeName.TIMESTAMP));
        assertEquals("1704067200123", SynapseLiteralRenderer.render(new Timestamp(ms), SqlTypeName.TIMESTAMP));
        assertEquals("1704067200123",
                SynapseLiteralRenderer.render(Instant.ofEpochMilli(ms), SqlTypeName.TIMESTAMP));
        assertEquals("1704067200123", SynapseLiteralRenderer.render(
                LocalDateTime.of(2024, 1, 1, 0, 0, 0, 123_000_000), SqlTypeName.TIMESTAMP));
        assertEquals("1704067200000",
                SynapseLiteralRenderer.render(LocalDate.of(2024, 1, 1), SqlTypeName.TIMESTAMP));
        assertEquals("1704067200123", SynapseLiteralRenderer.render(
                OffsetDateTime.of(2024, 1, 1, 2, 0, 0, 123_000_000, ZoneOffset.ofHours(2)), SqlTypeName.TIMESTAMP));
        assertEquals("1704067200123", SynapseLiteralRenderer.render(
                ZonedDateTime.of(2024, 1, 1, 0, 0, 0, 123_000_000, ZoneOffset.UTC), SqlTypeName.TIMESTAMP));
        assertEquals("(-1)", SynapseLiteralRenderer.render(-1L, SqlTypeName.TIMESTAMP));
        assertThrows(IllegalArgumentException.class,
                () -> SynapseLiteralRenderer.render("2024-01-01", SqlTypeName.TIMESTAMP));
        assertThrows(IllegalArgumentException.class, () -> SynapseLiteralRenderer.render(1.5, SqlTypeName.TIMESTAMP));
    }

    @Test
    void stringTargetsTakeTextOfSimpleValues() {
        assertEquals("'12'", SynapseLiteralRenderer.render(12, SqlTypeName.VARCHAR));
        assertEquals("'x'", SynapseLiteralRenderer.render('x', SqlTypeName.CHAR));
        assertThrows(IllegalArgumentException.class,
                () -> SynapseLiteralRenderer.render(new Object(), SqlTypeName.VARCHAR));
    }

    @Test
    void typesWithoutSynapseLiteralsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> SynapseLiteralRenderer.render("x", SqlTypeName.BINARY));
        assertThrows(IllegalArgumentException.class, () -> SynapseLiteralRenderer.render(1, SqlTypeName.ARRAY));
    }

    @Test
    void renderedLiteralsParseAsSynapseSqlValues() {
        Object[][] values = {{"it's \\ caf\u00e9", SqlTypeName.VARCHAR}, {-5L, SqlTypeName.BIGINT},
            {Long.MIN_VALUE, SqlTypeName.BIGINT}, {-1.5e-7, SqlTypeName.DOUBLE}, {Double.NaN, SqlTypeName.DOUBLE},
            {true, SqlTypeName.BOOLEAN}, {new BigDecimal("-12.5"), SqlTypeName.DECIMAL},
            {Instant.ofEpochMilli(5), SqlTypeName.TIMESTAMP}, {null, SqlTypeName.VARCHAR}};
        for (Object[] v : values) {
            String literal = SynapseLiteralRenderer.render(v[0], (SqlTypeName) v[1]);
            QueryParser.parseStatement("SELECT \"a\" FROM syn1 WHERE \"a\" = " + literal + " AND \"b\" IN ("
                    + literal + ", 1) AND \"c\" BETWEEN " + literal + " AND " + literal);
        }
    }
}
