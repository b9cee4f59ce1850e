package org.synapsejdbc.local.sql.ast;

import java.util.List;

/** A MySQL-class function call; {@code arguments} is null when written without parentheses. */
public record FunctionCall(String name, List<Expr> arguments) implements Expr {

    @Override
    public List<Node> children() {
        return Nodes.of(arguments);
    }
}
