package org.synapsejdbc.local.sql.ast;

import java.util.List;

/** {@code lhs IS [NOT] TRUE|FALSE|UNKNOWN}. */
public record IsTruthPredicate(Expr left, boolean not, String truth) implements Condition {

    @Override
    public List<Node> children() {
        return Nodes.of(left);
    }
}
