package org.synapsejdbc.local.sql.parse;

/**
 * One lexed token: its kind, the text it stands for (quotes removed and un-doubled for quoted forms), the
 * raw source text, and its 1-based start position.
 *
 * @param kind   the token kind
 * @param text   the value (identifier or string content without quotes; otherwise the source text)
 * @param raw    the source text exactly as written
 * @param line   1-based line of the first character
 * @param column 1-based column of the first character (tabs advance to the next multiple of 8, plus 1)
 * @param unterminated true for a quoted form whose closing quote is missing
 */
public record Token(TokenKind kind, String text, String raw, int line, int column, boolean unterminated) {

    /** A complete token. */
    public Token(TokenKind kind, String text, String raw, int line, int column) {
        this(kind, text, raw, line, column, false);
    }

    /** The kind image used in error messages ({@code "!"} for an invalid symbol). */
    public String kindImage() {
        return kind == TokenKind.INVALID_SYMBOL ? "\"" + raw + "\"" : kind.image();
    }
}
