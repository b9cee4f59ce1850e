package org.synapsejdbc.local.sql.ast;

import java.util.List;

/** {@code lhs [NOT] BETWEEN low AND high}. */
public record BetweenPredicate(Expr left, boolean not, Expr low, Expr high) implements Condition {

    @Override
    public List<Node> children() {
        return Nodes.of(left, low, high);
    }
}
