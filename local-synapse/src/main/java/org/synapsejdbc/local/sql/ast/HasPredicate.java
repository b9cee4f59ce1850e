package org.synapsejdbc.local.sql.ast;

import java.util.List;

/** {@code lhs [NOT] HAS (items)} or {@code HAS_LIKE (patterns) [ESCAPE e]} over a list column. */
public record HasPredicate(Expr left, boolean not, boolean like, List<Expr> items, Expr escape) implements Condition {

    @Override
    public List<Node> children() {
        return Nodes.of(left, items, escape);
    }
}
