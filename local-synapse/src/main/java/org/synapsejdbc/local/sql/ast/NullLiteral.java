package org.synapsejdbc.local.sql.ast;

import java.util.List;

/** The NULL literal. */
public record NullLiteral() implements Expr {

    @Override
    public List<Node> children() {
        return Nodes.of();
    }
}
