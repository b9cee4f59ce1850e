package org.synapsejdbc.local.sql.ast;

import java.util.List;

/** A column reference, optionally qualified ({@code t.col}). */
public record ColumnRef(Identifier qualifier, Identifier name) implements Expr {

    @Override
    public List<Node> children() {
        return Nodes.of();
    }
}
