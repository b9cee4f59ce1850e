package org.synapsejdbc.local.sql.ast;

import java.util.List;

/** The DEFAULT keyword as the right side of a comparison. */
public record DefaultLiteral() implements Expr {

    @Override
    public List<Node> children() {
        return Nodes.of();
    }
}
