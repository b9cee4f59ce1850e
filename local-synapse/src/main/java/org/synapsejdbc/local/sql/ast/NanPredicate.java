package org.synapsejdbc.local.sql.ast;

import java.util.List;

/** {@code ISNAN(col)} or {@code ISINFINITY(col)}. */
public record NanPredicate(ColumnRef column, boolean infinity) implements Condition {

    @Override
    public List<Node> children() {
        return Nodes.of(column);
    }
}
