package org.synapsejdbc.local.sql.ast;

import java.util.List;

/** {@code lhs op rhs} with op one of {@code = <> < > <= >=}. */
public record Comparison(Expr left, String operator, Expr right) implements Condition {

    @Override
    public List<Node> children() {
        return Nodes.of(left, right);
    }
}
