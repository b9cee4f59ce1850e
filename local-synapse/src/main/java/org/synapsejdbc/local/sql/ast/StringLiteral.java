package org.synapsejdbc.local.sql.ast;

import java.util.List;

/** A single-quoted string literal (value with quotes removed and un-doubled). */
public record StringLiteral(String value) implements Expr {

    @Override
    public List<Node> children() {
        return Nodes.of();
    }
}
