package org.synapsejdbc.local.sql.ast;

import java.util.List;

/** {@code UNNEST(column)} over a list column. */
public record Unnest(ColumnRef column) implements Expr {

    @Override
    public List<Node> children() {
        return Nodes.of(column);
    }
}
