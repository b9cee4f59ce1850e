package org.synapsejdbc.local.sql.ast;

import java.util.List;

/** The {@code CURRENT_USER()} function, replaced by the caller's user id. */
public record CurrentUser() implements Expr {

    @Override
    public List<Node> children() {
        return Nodes.of();
    }
}
