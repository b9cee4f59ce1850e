package org.synapsejdbc.local.sql.ast;

import java.util.List;

/** A unary sign applied to a numeric primary. */
public record Signed(String sign, Expr operand) implements Expr {

    @Override
    public List<Node> children() {
        return Nodes.of(operand);
    }
}
