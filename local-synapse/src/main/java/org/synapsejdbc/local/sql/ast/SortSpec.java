package org.synapsejdbc.local.sql.ast;

import java.util.List;

/** An ORDER BY item; direction is null, "ASC" or "DESC". */
public record SortSpec(Expr expr, String direction) implements Node {

    @Override
    public List<Node> children() {
        return Nodes.of(expr);
    }
}
