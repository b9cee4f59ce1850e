package org.synapsejdbc.local.sql.ast;

import java.util.List;

/** TRUE, FALSE or UNKNOWN after a comparison operator or as a BETWEEN bound. */
public record TruthLiteral(String value) implements Expr {

    @Override
    public List<Node> children() {
        return Nodes.of();
    }
}
