package org.synapsejdbc.local.sql.ast;

import java.util.List;

/** {@code lhs [NOT] IN (items)}. */
public record InPredicate(Expr left, boolean not, List<Expr> items) implements Condition {

    @Override
    public List<Node> children() {
        return Nodes.of(left, items);
    }
}
