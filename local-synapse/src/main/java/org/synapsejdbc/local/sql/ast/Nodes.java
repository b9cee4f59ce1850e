package org.synapsejdbc.local.sql.ast;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/** Helpers to build child lists and to walk a tree of nodes. */
public final class Nodes {

    private Nodes() {
    }

    /** The non-null arguments and the non-null elements of list arguments, as a child list. */
    public static List<Node> of(Object... parts) {
        List<Node> out = new ArrayList<>();
        for (Object p : parts) {
            if (p instanceof Node node) {
                out.add(node);
            } else if (p instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof Node node) {
                        out.add(node);
                    }
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** Visits the node and all its descendants, parents before children. */
    public static void walk(Node node, Consumer<Node> visitor) {
        if (node == null) {
            return;
        }
        visitor.accept(node);
        for (Node child : node.children()) {
            walk(child, visitor);
        }
    }

    /** True when the node or a descendant is an instance of the given class. */
    public static boolean contains(Node node, Class<? extends Node> type) {
        boolean[] found = {false};
        walk(node, n -> found[0] |= type.isInstance(n));
        return found[0];
    }
}
