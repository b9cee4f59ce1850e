package org.synapsejdbc.local.sql.parse;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The reserved words of Synapse SQL (case-insensitive) and the token kind each one lexes to. */
final class Keywords {

    private static final Map<String, TokenKind> WORDS = new HashMap<>();

    static {
        for (TokenKind k : new TokenKind[] {TokenKind.ALL, TokenKind.AND, TokenKind.ASC, TokenKind.AS,
                TokenKind.BETWEEN, TokenKind.DESC, TokenKind.DISTINCT, TokenKind.DEFAULT, TokenKind.ESCAPE,
                TokenKind.FALSE, TokenKind.FROM, TokenKind.INTERVAL, TokenKind.IN, TokenKind.HAS,
                TokenKind.HAS_LIKE, TokenKind.IS, TokenKind.LIKE, TokenKind.LIMIT, TokenKind.NOT, TokenKind.NULL,
                TokenKind.OFFSET, TokenKind.OR, TokenKind.SELECT, TokenKind.TIME, TokenKind.TIMESTAMP,
                TokenKind.TRUE, TokenKind.WHERE, TokenKind.UNKNOWN, TokenKind.ISNAN, TokenKind.ISINFINITY,
                TokenKind.SEPARATOR, TokenKind.TEXT_MATCHES, TokenKind.JOIN, TokenKind.ON, TokenKind.INNER,
                TokenKind.LEFT, TokenKind.RIGHT, TokenKind.OUTER, TokenKind.UNION, TokenKind.NULLIF,
                TokenKind.COALESCE, TokenKind.CASE, TokenKind.END, TokenKind.WHEN, TokenKind.THEN, TokenKind.ELSE,
                TokenKind.CAST, TokenKind.WITH, TokenKind.DEFINING_WHERE, TokenKind.IFNULL,
                TokenKind.CURRENT_USER, TokenKind.UNNEST, TokenKind.DIV}) {
            WORDS.put(k.name(), k);
        }
        put(TokenKind.AGGREGATE_NAME, "AVG", "COUNT", "MIN", "MAX", "SUM", "BIT_AND", "BIT_OR", "BIT_XOR", "STD",
                "STDDEV", "STDDEV_POP", "STDDEV_SAMP", "VAR_POP", "VAR_SAMP", "VARIANCE", "GROUP_CONCAT",
                "JSON_ARRAYAGG");
        put(TokenKind.DATE_TIME_FUNCTION, "CURRENT_TIMESTAMP", "CURRENT_DATE", "CURRENT_TIME", "NOW",
                "UNIX_TIMESTAMP", "FROM_UNIXTIME", "YEARWEEK", "DATE", "DAYNAME", "DAYOFYEAR", "DAYOFMONTH",
                "DAYOFWEEK", "MONTHNAME", "WEEKOFYEAR");
        put(TokenKind.STRING_FUNCTION, "CONCAT", "REPLACE", "UPPER", "LOWER", "TRIM");
        put(TokenKind.NUMERIC_FUNCTION, "CRC32", "ROUND");
        put(TokenKind.JSON_FUNCTION, "JSON_OBJECT", "JSON_ARRAY", "JSON_EXTRACT", "JSON_OVERLAPS", "JSON_QUOTE",
                "JSON_SEARCH", "JSON_UNQUOTE");
        put(TokenKind.DATE_TIME_FIELD, "MICROSECOND", "SECOND", "MINUTE", "HOUR", "DAY", "WEEK", "MONTH",
                "QUARTER", "YEAR");
    }

    private Keywords() {
    }

    private static void put(TokenKind kind, String... words) {
        for (String w : words) {
            WORDS.put(w, kind);
        }
    }

    /** The keyword kind of a word, or null when the word is an ordinary identifier. */
    static TokenKind lookup(String word) {
        return WORDS.get(word.toUpperCase(Locale.ROOT));
    }

    /** True when the word is reserved and therefore must be quoted to be used as a name. */
    static boolean isReserved(String word) {
        return lookup(word) != null;
    }
}
