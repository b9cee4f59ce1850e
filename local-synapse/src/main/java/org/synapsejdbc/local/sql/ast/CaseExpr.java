package org.synapsejdbc.local.sql.ast;

import java.util.List;

/** A simple or searched CASE expression; {@code operand} is null for the searched form. */
public record CaseExpr(Expr operand, List<WhenClause> whens, Expr elseValue) implements Expr {

    @Override
    public List<Node> children() {
        return Nodes.of(operand, whens, elseValue);
    }
}
