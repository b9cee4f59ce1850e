package org.synapsejdbc.local.sql.parse;

/**
 * Kinds of Synapse SQL tokens, in the order the Synapse grammar declares them (that order decides the
 * order of the "Was expecting" list of parse errors); each carries the image shown in error messages.
 */
public enum TokenKind {
    EOF("<EOF>"),
    DOUBLE_QUOTE("\"\\\"\""),
    NOT_DOUBLE_QUOTE("<not_double_quote>"),
    ESCAPE_DOUBLE_QUOTE("\"\\\"\\\"\""),
    BACKTICK("\"`\""),
    NOT_BACKTICK("<not_backtick>"),
    ESCAPE_BACKTICK("\"``\""),
    SINGLE_QUOTE("\"\\'\""),
    NOT_SINGLE_QUOTE("<not_single_quote>"),
    ESCAPE_SINGLE_QUOTE("\"\\'\\'\""),
    UNSIGNED_INTEGER("<unsigned_integer>"),
    EXACT_NUMERIC("<exact_numeric_literal>"),
    APPROXIMATE_NUMERIC("<approximate_numeric_literal>"),
    COUNT_STAR("<count_asterisk>"),
    ALL, AND, ASC, AS, BETWEEN, DESC, DISTINCT, DEFAULT, ESCAPE, FALSE, FROM,
    GROUP_BY("\"GROUP BY\""),
    INTERVAL, IN, HAS, HAS_LIKE, IS, LIKE, LIMIT, NOT, NULL, OFFSET, OR,
    ORDER_BY("\"ORDER BY\""),
    SELECT, TIME, TIMESTAMP, TRUE, WHERE, UNKNOWN, ISNAN, ISINFINITY, SEPARATOR, TEXT_MATCHES,
    JOIN, ON, INNER, LEFT, RIGHT, OUTER, UNION, NULLIF, COALESCE, CASE, END, WHEN, THEN, ELSE, CAST, WITH,
    DEFINING_WHERE, IFNULL,
    AGGREGATE_NAME("<aggregate_functions_name>"),
    DATE_TIME_FUNCTION("<date_time_function_name>"),
    CURRENT_USER,
    STRING_FUNCTION("<string_function_name>"),
    NUMERIC_FUNCTION("<numeric_function_name>"),
    JSON_FUNCTION("<json_function_name>"),
    UNNEST,
    DATE_TIME_FIELD("<date_time_field>"),
    ASTERISK("\"*\""),
    MINUS("\"-\""),
    NOT_EQUALS("\"<>\""),
    EQUALS("\"=\""),
    LESS_EQUALS("\"<=\""),
    GREATER_EQUALS("\">=\""),
    LESS("\"<\""),
    GREATER("\">\""),
    PLUS("\"+\""),
    SOLIDUS("\"/\""),
    MODULO("\"%\""),
    DIV,
    ENTITY_ID("<entity_id>"),
    REGULAR_IDENTIFIER("<regular_identifier>"),
    COMMA("\",\""),
    LEFT_PAREN("\"(\""),
    PERIOD("\".\""),
    RIGHT_PAREN("\")\""),
    INVALID_SYMBOL(null),
    SEMICOLON("\";\"");

    private final String image;

    TokenKind() {
        this.image = "\"" + name() + "\"";
    }

    TokenKind(String image) {
        this.image = image;
    }

    /** The image of this kind in parse error messages; for invalid symbols it depends on the character. */
    public String image() {
        return image;
    }
}
