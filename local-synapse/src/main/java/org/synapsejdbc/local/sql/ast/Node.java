package org.synapsejdbc.local.sql.ast;

import java.util.List;

/** A node of a parsed Synapse SQL statement; every node is immutable and lists its direct children. */
public interface Node {

    /** The direct child nodes, in source order (never null, may be empty). */
    List<Node> children();
}
