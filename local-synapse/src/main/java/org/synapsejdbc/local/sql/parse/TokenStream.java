package org.synapsejdbc.local.sql.parse;

import java.util.EnumSet;
import java.util.List;

/**
 * A cursor over lexed tokens that remembers which token kinds were tried at the current position, so that a
 * failure can be reported in the generated parser's format ("Encountered ... Was expecting one of: ...").
 */
final class TokenStream {

    private final List<Token> tokens;
    private final EnumSet<TokenKind> expected = EnumSet.noneOf(TokenKind.class);
    private int pos;

    TokenStream(List<Token> tokens) {
        this.tokens = tokens;
    }

    Token peek() {
        return tokens.get(pos);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    /** True when the current token has the kind; records the kind as expected here. */
    boolean at(TokenKind kind) {
        expected.add(kind);
        return peek().kind() == kind;
    }

    /** True when the current token has one of the kinds; records all of them as expected here. */
    boolean atAny(TokenKind... kinds) {
        boolean hit = false;
        for (TokenKind k : kinds) {
            hit |= at(k);
        }
        return hit;
    }

    Token consume() {
        Token t = peek();
        if (t.unterminated()) {
            throw unterminated(t);
        }
        expected.clear();
        pos++;
        return t;
    }

    Token expect(TokenKind kind) {
        if (at(kind)) {
            return consume();
        }
        throw error();
    }

    /** A grammar error at the current token, listing the kinds tried here. */
    SqlParseException error() {
        Token t = peek();
        StringBuilder sb = new StringBuilder("Encountered \"");
        if (t.kind() == TokenKind.EOF) {
            sb.append("<EOF>");
        } else {
            String shown = t.kind() == TokenKind.SINGLE_QUOTE || t.kind() == TokenKind.DOUBLE_QUOTE
                    || t.kind() == TokenKind.BACKTICK ? t.raw().substring(0, 1) : t.raw();
            sb.append(' ').append(t.kindImage()).append(" \"").append(escape(shown)).append(" \"");
        }
        sb.append("\" at line ").append(t.line()).append(", column ").append(t.column()).append(".\n");
        return new SqlParseException(sb + expectedText(expected.stream().map(TokenKind::image).toList()), true);
    }

    private SqlParseException unterminated(Token t) {
        Token eof = tokens.get(tokens.size() - 1);
        String content = t.kind() == TokenKind.SINGLE_QUOTE ? "<not_single_quote>"
                : t.kind() == TokenKind.DOUBLE_QUOTE ? "<not_double_quote>" : "<not_backtick>";
        String close = t.kind().image();
        String escaped = t.kind() == TokenKind.SINGLE_QUOTE ? "\"\\'\\'\""
                : t.kind() == TokenKind.DOUBLE_QUOTE ? "\"\\\"\\\"\"" : "\"``\"";
        String head = "Encountered \"<EOF>\" at line " + eof.line() + ", column " + eof.column() + ".\n";
        return new SqlParseException(head + expectedText(List.of(content, escaped, close)), true);
    }

    private static String expectedText(List<String> images) {
        StringBuilder sb = new StringBuilder(images.size() == 1 ? "Was expecting:\n    " : "Was expecting one of:\n    ");
        for (String image : images) {
            sb.append(image).append(' ');
            if (!image.equals("<EOF>")) {
                sb.append("...");
            }
            sb.append("\n    ");
        }
        return sb.toString();
    }

    /** The generated parser's escaping of token text in messages. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\b' -> sb.append("\\b");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\f' -> sb.append("\\f");
                case '\r' -> sb.append("\\r");
                case '"' -> sb.append("\\\"");
                case '\'' -> sb.append("\\'");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        String hex = "0000" + Integer.toString(c, 16);
                        sb.append("\\u").append(hex.substring(hex.length() - 4));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
