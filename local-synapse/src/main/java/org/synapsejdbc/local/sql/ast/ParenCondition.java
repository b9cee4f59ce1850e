package org.synapsejdbc.local.sql.ast;

import java.util.List;

/** A parenthesised search condition. */
public record ParenCondition(Condition inner) implements Condition {

    @Override
    public List<Node> children() {
        return Nodes.of(inner);
    }
}
