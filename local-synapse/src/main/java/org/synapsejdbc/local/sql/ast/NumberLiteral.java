package org.synapsejdbc.local.sql.ast;

import java.util.List;

/**
 * A numeric literal: an integer (64-bit) or a decimal/approximate number (double).
 *
 * @param text    the literal as written
 * @param integer true for a plain digit run
 */
public record NumberLiteral(String text, boolean integer) implements Expr {

    /** The value as a Long (integers) or Double (other forms). */
    public Number value() {
        if (integer) {
            return Long.valueOf(text);
        }
        return Double.valueOf(text);
    }

    /** The canonical form: Java's rendering of the long or double value. */
    public String canonical() {
        return value().toString();
    }

    @Override
    public List<Node> children() {
        return List.of();
    }
}
