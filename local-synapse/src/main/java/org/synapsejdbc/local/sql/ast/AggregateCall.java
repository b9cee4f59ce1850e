package org.synapsejdbc.local.sql.ast;

import java.util.List;

/** An aggregate function call other than {@code count(*)}. */
public record AggregateCall(String name, String quantifier, List<Expr> arguments, List<SortSpec> orderBy, String separator) implements Expr {

    @Override
    public List<Node> children() {
        return Nodes.of(arguments, orderBy);
    }
}
