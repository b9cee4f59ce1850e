package org.synapsejdbc.local.sql.ast;

import java.util.List;

/** {@code lhs [NOT] LIKE pattern [ESCAPE e]}. */
public record LikePredicate(Expr left, boolean not, Expr pattern, Expr escape) implements Condition {

    @Override
    public List<Node> children() {
        return Nodes.of(left, pattern, escape);
    }
}
