package org.synapsejdbc.local.sql.h2;

import java.util.ArrayList;
import java.util.List;

/** H2 SQL text under construction plus its bind values (user values are always bound, never inlined). */
final class SqlBuffer {

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> binds = new ArrayList<>();

    SqlBuffer append(String text) {
        sql.append(text);
        return this;
    }

    SqlBuffer bind(Object value) {
        sql.append('?');
        binds.add(value);
        return this;
    }

    /** A bound string typed for H2, for contexts where a bare parameter's type cannot be inferred. */
    SqlBuffer bindString(String value) {
        sql.append("CAST(? AS VARCHAR)");
        binds.add(value);
        return this;
    }

    /** Appends this buffer's text and binds to another buffer. */
    void copyTo(SqlBuffer other) {
        other.sql.append(sql);
        other.binds.addAll(binds);
    }

    String sql() {
        return sql.toString();
    }

    List<Object> binds() {
        return binds;
    }
}
