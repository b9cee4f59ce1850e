package org.synapsejdbc.local.sql.ast;

import java.util.List;

/** {@code TEXT_MATCHES('text')} full-text predicate. */
public record TextMatchesPredicate(String text) implements Condition {

    @Override
    public List<Node> children() {
        return Nodes.of();
    }
}
