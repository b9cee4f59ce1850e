package org.synapsejdbc.local.sql.ast;

import java.util.List;

/** An {@code INTERVAL n UNIT} literal. */
public record IntervalLiteral(long count, String unit) implements Expr {

    @Override
    public List<Node> children() {
        return Nodes.of();
    }
}
