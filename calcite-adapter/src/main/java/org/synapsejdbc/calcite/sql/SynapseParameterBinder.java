package org.synapsejdbc.calcite.sql;

import java.util.Objects;
import java.util.function.IntFunction;

import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Replaces the {@code ?} placeholders of a generated Synapse statement by typed literals at execution time.
 *
 * <p>Each placeholder has a slot code made while planning: the parameter's SQL type name, optionally followed by
 * {@code |LIKE} (a LIKE pattern without ESCAPE) or {@code |LIMIT} (a LIMIT/OFFSET count, which must be a non-negative
 * integer). Values go through {@link SynapseLiteralRenderer} only; no value text is ever copied into the statement
 * unquoted. Placeholders are found outside quoted strings and identifiers only.
 */
public final class SynapseParameterBinder {
    static final String LIKE_ROLE = "|LIKE";
    static final String LIMIT_ROLE = "|LIMIT";

    private SynapseParameterBinder() {
    }

    /** The slot code for a parameter of this type and role. */
    public static String slot(SqlTypeName type, boolean likePattern, boolean limit) {
        return type.name() + (likePattern ? LIKE_ROLE : "") + (limit ? LIMIT_ROLE : "");
    }

    /**
     * @param sql     the statement with one {@code ?} per entry of {@code indexes}, in text order
     * @param indexes the dynamic-parameter index of each placeholder
     * @param slots   the slot code of each placeholder
     * @param values  the parameter values by index (e.g. {@code i -> root.get("?" + i)})
     */
    public static String bind(String sql, int[] indexes, String[] slots, IntFunction<Object> values) {
        Objects.requireNonNull(sql, "sql");
        if (indexes.length != slots.length) {
            throw new IllegalArgumentException("indexes and slots differ in length");
        }
        StringBuilder out = new StringBuilder(sql.length() + 16 * indexes.length);
        int next = 0;
        char quote = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (quote != 0) {
                // A doubled quote inside a quoted form is an escaped quote; toggling twice keeps us inside.
                if (c == quote) {
                    quote = 0;
                }
                out.append(c);
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
                out.append(c);
            } else if (c == '?') {
                if (next >= indexes.length) {
                    throw new IllegalStateException("More placeholders than parameters in generated SQL");
                }
                out.append(render(values.apply(indexes[next]), slots[next], indexes[next]));
                next++;
            } else {
                out.append(c);
            }
        }
        if (next != indexes.length) {
            throw new IllegalStateException("Fewer placeholders than parameters in generated SQL");
        }
        return out.toString();
    }

    private static String render(Object value, String slot, int index) {
        boolean like = slot.contains(LIKE_ROLE);
        boolean limit = slot.contains(LIMIT_ROLE);
        int bar = slot.indexOf('|');
        SqlTypeName type = SqlTypeName.valueOf(bar < 0 ? slot : slot.substring(0, bar));
        try {
            if (limit) {
                return limitCount(value);
            }
            if (like && value != null) {
                if (!(value instanceof String)) {
                    throw new IllegalArgumentException("A LIKE pattern must be a string");
                }
                return SynapseLiteralRenderer.likePattern((String) value);
            }
            return SynapseLiteralRenderer.render(value, type);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Parameter " + (index + 1) + ": " + e.getMessage(), e);
        }
    }

    private static String limitCount(Object value) {
        if (!(value instanceof Number) || value instanceof Double || value instanceof Float) {
            throw new IllegalArgumentException("LIMIT and OFFSET need an integer value");
        }
        long n = ((Number) value).longValue();
        if (n < 0) {
            throw new IllegalArgumentException("LIMIT and OFFSET cannot be negative: " + n);
        }
        return Long.toString(n);
    }
}
