package org.synapsejdbc.local.sql.ast;

import java.util.List;

/** Operands joined by AND. */
public record AndCondition(List<Condition> operands) implements Condition {

    @Override
    public List<Node> children() {
        return Nodes.of(operands);
    }
}
