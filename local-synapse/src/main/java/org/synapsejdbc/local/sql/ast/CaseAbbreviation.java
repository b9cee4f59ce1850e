package org.synapsejdbc.local.sql.ast;

import java.util.List;

/** {@code NULLIF(a, b)} or {@code COALESCE(a, b, ...)}. */
public record CaseAbbreviation(String name, List<Expr> arguments) implements Expr {

    @Override
    public List<Node> children() {
        return Nodes.of(arguments);
    }
}
