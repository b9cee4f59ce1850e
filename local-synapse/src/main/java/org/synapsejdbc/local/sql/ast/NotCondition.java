package org.synapsejdbc.local.sql.ast;

import java.util.List;

/** NOT applied to a boolean test. */
public record NotCondition(Condition operand) implements Condition {

    @Override
    public List<Node> children() {
        return Nodes.of(operand);
    }
}
