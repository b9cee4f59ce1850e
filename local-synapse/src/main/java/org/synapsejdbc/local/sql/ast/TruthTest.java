package org.synapsejdbc.local.sql.ast;

import java.util.List;

/** {@code (condition) IS [NOT] TRUE|FALSE|UNKNOWN}. */
public record TruthTest(Condition operand, boolean not, String truth) implements Condition {

    @Override
    public List<Node> children() {
        return Nodes.of(operand);
    }
}
