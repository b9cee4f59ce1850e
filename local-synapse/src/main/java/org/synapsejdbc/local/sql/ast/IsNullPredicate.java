package org.synapsejdbc.local.sql.ast;

import java.util.List;

/** {@code lhs IS [NOT] NULL}. */
public record IsNullPredicate(Expr left, boolean not) implements Condition {

    @Override
    public List<Node> children() {
        return Nodes.of(left);
    }
}
