package org.synapsejdbc.local.sql.ast;

import java.util.List;

/** A binary arithmetic operation ({@code + - * / DIV %}). */
public record Arithmetic(Expr left, String operator, Expr right) implements Expr {

    @Override
    public List<Node> children() {
        return Nodes.of(left, right);
    }
}
