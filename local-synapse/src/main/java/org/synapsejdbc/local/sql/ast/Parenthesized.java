package org.synapsejdbc.local.sql.ast;

import java.util.List;

/** A parenthesised value expression. */
public record Parenthesized(Expr inner) implements Expr {

    @Override
    public List<Node> children() {
        return Nodes.of(inner);
    }
}
