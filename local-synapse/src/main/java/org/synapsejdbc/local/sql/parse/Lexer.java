package org.synapsejdbc.local.sql.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Synapse SQL text into tokens the way Synapse's generated lexer does: longest match wins, keywords
 * beat identifiers of equal length, entity ids beat identifiers of equal length, and control characters and
 * everything from U+007F to U+FFFF are skipped outside quotes.
 */
public final class Lexer {

    private static final String INVALID_SYMBOLS = "!#$&:?@[\\]^{|}~";

    private final String sql;
    private final int[] lines;
    private final int[] columns;

    private Lexer(String sql) {
        this.sql = sql;
        this.lines = new int[sql.length()];
        this.columns = new int[sql.length()];
        computePositions();
    }

    /** Lexes the whole text; the last token is always {@link TokenKind#EOF}. */
    public static List<Token> tokenize(String sql) {
        return new Lexer(sql).run();
    }

    /** Replays the generated lexer's line/column bookkeeping (CR, LF, CRLF, tab stops of 8). */
    private void computePositions() {
        int line = 1;
        int column = 0;
        boolean prevCr = false;
        boolean prevLf = false;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            column++;
            if (prevLf) {
                prevLf = false;
                line++;
                column = 1;
            } else if (prevCr) {
                prevCr = false;
                if (c == '\n') {
                    prevLf = true;
                } else {
                    line++;
                    column = 1;
                }
            }
            if (c == '\r') {
                prevCr = true;
            } else if (c == '\n') {
                prevLf = true;
            } else if (c == '\t') {
                column--;
                column += 8 - (column % 8);
            }
            lines[i] = line;
            columns[i] = column;
        }
    }

    private List<Token> run() {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (true) {
            while (i < n && isSkipped(sql.charAt(i))) {
                i++;
            }
            if (i >= n) {
                tokens.add(eof());
                return tokens;
            }
            char c = sql.charAt(i);
            Token t;
            if (c == '"' || c == '`' || c == '\'') {
                t = quoted(i, c);
            } else if (isDigit(c) || (c == '.' && i + 1 < n && isDigit(sql.charAt(i + 1)))) {
                t = number(i);
            } else if (isLetter(c) || c == '_') {
                t = word(i);
            } else {
                t = symbol(i, c);
            }
            tokens.add(t);
            if (t.unterminated()) {
                tokens.add(eof());
                return tokens;
            }
            i += t.raw().length();
        }
    }

    private Token eof() {
        int last = sql.length() - 1;
        return last < 0 ? new Token(TokenKind.EOF, "", "", 1, 1) : new Token(TokenKind.EOF, "", "", lines[last], columns[last]);
    }

    private static boolean isSkipped(char c) {
        return c <= ' ' || c >= 0x7f;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private Token make(TokenKind kind, String text, int start, int end) {
        return new Token(kind, text, sql.substring(start, end), lines[start], columns[start]);
    }

    private Token quoted(int start, char quote) {
        StringBuilder value = new StringBuilder();
        int j = start + 1;
        int n = sql.length();
        TokenKind kind = quote == '"' ? TokenKind.DOUBLE_QUOTE : quote == '`' ? TokenKind.BACKTICK : TokenKind.SINGLE_QUOTE;
        while (true) {
            if (j >= n) {
                return new Token(kind, value.toString(), sql.substring(start), lines[start], columns[start], true);
            }
            char c = sql.charAt(j);
            if (c == quote) {
                if (j + 1 < n && sql.charAt(j + 1) == quote) {
                    value.append(quote);
                    j += 2;
                    continue;
                }
                return make(kind, value.toString(), start, j + 1);
            }
            value.append(c);
            j++;
        }
    }

    private int digitsFrom(int i) {
        while (i < sql.length() && isDigit(sql.charAt(i))) {
            i++;
        }
        return i;
    }

    private Token number(int start) {
        int n = sql.length();
        int j = digitsFrom(start);
        TokenKind kind = TokenKind.UNSIGNED_INTEGER;
        if (j < n && sql.charAt(j) == '.') {
            kind = TokenKind.EXACT_NUMERIC;
            j = digitsFrom(j + 1);
        }
        if (j < n && (sql.charAt(j) == 'e' || sql.charAt(j) == 'E')) {
            int k = j + 1;
            if (k < n && (sql.charAt(k) == '+' || sql.charAt(k) == '-')) {
                k++;
            }
            int end = digitsFrom(k);
            if (end > k) {
                kind = TokenKind.APPROXIMATE_NUMERIC;
                j = end;
            }
        }
        return make(kind, sql.substring(start, j), start, j);
    }

    private Token word(int start) {
        int n = sql.length();
        int identEnd = start + 1;
        while (identEnd < n && (isLetter(sql.charAt(identEnd)) || isDigit(sql.charAt(identEnd)) || sql.charAt(identEnd) == '_')) {
            identEnd++;
        }
        String ident = sql.substring(start, identEnd);
        if (sql.startsWith("count(*)", start) || sql.startsWith("COUNT(*)", start)) {
            return make(TokenKind.COUNT_STAR, sql.substring(start, start + 8), start, start + 8);
        }
        boolean groupOrOrder = ident.equalsIgnoreCase("group") || ident.equalsIgnoreCase("order");
        if (groupOrOrder && identEnd + 3 <= n && sql.charAt(identEnd) == ' '
                && sql.regionMatches(true, identEnd + 1, "by", 0, 2)) {
            int end = identEnd + 3;
            return make(ident.equalsIgnoreCase("group") ? TokenKind.GROUP_BY : TokenKind.ORDER_BY,
                    sql.substring(start, end), start, end);
        }
        int entityEnd = entityIdEnd(start);
        if (entityEnd >= identEnd) {
            return make(TokenKind.ENTITY_ID, sql.substring(start, entityEnd), start, entityEnd);
        }
        TokenKind keyword = Keywords.lookup(ident);
        return make(keyword != null ? keyword : TokenKind.REGULAR_IDENTIFIER, ident, start, identEnd);
    }

    /** End of the longest entity id ({@code syn123} or {@code syn123.4}) starting here, or -1. */
    private int entityIdEnd(int start) {
        int n = sql.length();
        if (start + 3 >= n || !sql.regionMatches(true, start, "syn", 0, 3) || !isDigit(sql.charAt(start + 3))) {
            return -1;
        }
        int j = digitsFrom(start + 3);
        if (j + 1 < n && sql.charAt(j) == '.' && isDigit(sql.charAt(j + 1))) {
            j = digitsFrom(j + 1);
        }
        return j;
    }

    private Token symbol(int start, char c) {
        int n = sql.length();
        char next = start + 1 < n ? sql.charAt(start + 1) : 0;
        switch (c) {
            case '<':
                if (next == '>') {
                    return make(TokenKind.NOT_EQUALS, "<>", start, start + 2);
                }
                if (next == '=') {
                    return make(TokenKind.LESS_EQUALS, "<=", start, start + 2);
                }
                return make(TokenKind.LESS, "<", start, start + 1);
            case '>':
                if (next == '=') {
                    return make(TokenKind.GREATER_EQUALS, ">=", start, start + 2);
                }
                return make(TokenKind.GREATER, ">", start, start + 1);
            case '=': return make(TokenKind.EQUALS, "=", start, start + 1);
            case '*': return make(TokenKind.ASTERISK, "*", start, start + 1);
            case '-': return make(TokenKind.MINUS, "-", start, start + 1);
            case '+': return make(TokenKind.PLUS, "+", start, start + 1);
            case '/': return make(TokenKind.SOLIDUS, "/", start, start + 1);
            case '%': return make(TokenKind.MODULO, "%", start, start + 1);
            case ',': return make(TokenKind.COMMA, ",", start, start + 1);
            case '(': return make(TokenKind.LEFT_PAREN, "(", start, start + 1);
            case ')': return make(TokenKind.RIGHT_PAREN, ")", start, start + 1);
            case '.': return make(TokenKind.PERIOD, ".", start, start + 1);
            case ';': return make(TokenKind.SEMICOLON, ";", start, start + 1);
            default:
                if (INVALID_SYMBOLS.indexOf(c) < 0) {
                    throw new IllegalStateException("unexpected character " + (int) c);
                }
                return make(TokenKind.INVALID_SYMBOL, String.valueOf(c), start, start + 1);
        }
    }
}
