package org.synapsejdbc.local.sql.ast;

/**
 * An identifier as written: regular, double-quoted, backquoted or an entity-id token used as a name.
 *
 * @param name  the identifier's value (quotes removed, doubled quotes collapsed)
 * @param quote how it was quoted
 */
public record Identifier(String name, Quote quote) {

    /** How an identifier was written. */
    public enum Quote { NONE, DOUBLE, BACKTICK }

    /** True when written in double quotes or backquotes. */
    public boolean quoted() {
        return quote != Quote.NONE;
    }
}
