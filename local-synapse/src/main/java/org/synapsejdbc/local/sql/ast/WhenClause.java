package org.synapsejdbc.local.sql.ast;

import java.util.List;

/** One WHEN ... THEN ... of a CASE: a value (simple CASE) or a condition (searched CASE). */
public record WhenClause(Expr whenValue, Condition whenCondition, Expr then) implements Node {

    @Override
    public List<Node> children() {
        return Nodes.of(whenValue, whenCondition, then);
    }
}
