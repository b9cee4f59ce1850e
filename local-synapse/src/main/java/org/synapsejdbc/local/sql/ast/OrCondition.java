package org.synapsejdbc.local.sql.ast;

import java.util.List;

/** Operands joined by OR. */
public record OrCondition(List<Condition> operands) implements Condition {

    @Override
    public List<Node> children() {
        return Nodes.of(operands);
    }
}
