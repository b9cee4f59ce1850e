package org.synapsejdbc.local.sql.ast;

import java.util.List;

/** {@code CAST(value AS type)}; the target is a ColumnType name (upper case) or a column model id. */
public record CastExpr(Expr value, String typeName, Long columnId) implements Expr {

    @Override
    public List<Node> children() {
        return Nodes.of(value);
    }
}
