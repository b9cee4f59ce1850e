package org.synapsejdbc.local.sql.ast;

import java.util.List;

/** The {@code count(*)} aggregate. */
public record CountStar() implements Expr {

    @Override
    public List<Node> children() {
        return Nodes.of();
    }
}
