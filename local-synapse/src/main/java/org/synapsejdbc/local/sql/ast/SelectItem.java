package org.synapsejdbc.local.sql.ast;

import java.util.List;

/** A select-list item with an optional alias. */
public record SelectItem(Expr expr, Identifier alias) implements Node {

    @Override
    public List<Node> children() {
        return Nodes.of(expr);
    }
}
