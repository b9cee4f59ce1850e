package org.synapsejdbc.local.sql.parse;

/**
 * A failure while parsing Synapse SQL: either a grammar error with the generated parser's message
 * ({@link #grammarError()} true) or a value error raised while building the tree (string too long, integer
 * out of range, unknown CAST type), whose message Synapse returns unchanged.
 */
public final class SqlParseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean grammarError;

    /** A failure with the given message. */
    public SqlParseException(String message, boolean grammarError) {
        super(message);
        this.grammarError = grammarError;
    }

    /** True for grammar errors ("Encountered ..."), false for value errors. */
    public boolean grammarError() {
        return grammarError;
    }
}
