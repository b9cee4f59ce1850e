package org.synapsejdbc.local.sql.check;

import org.synapsejdbc.local.sql.ast.AggregateCall;
import org.synapsejdbc.local.sql.ast.CountStar;
import org.synapsejdbc.local.sql.ast.Nodes;
import org.synapsejdbc.local.sql.ast.QuerySpec;

/**
 * Decides whether a query is "aggregated" in Synapse's sense: an aggregate function anywhere, a GROUP BY,
 * or SELECT DISTINCT. Aggregated results carry no row ids or versions.
 */
public final class AggregateDetector {

    private AggregateDetector() {
    }

    /** True when the query is aggregated. */
    public static boolean isAggregated(QuerySpec q) {
        return "DISTINCT".equals(q.quantifier()) || !q.groupBy().isEmpty()
                || Nodes.contains(q, AggregateCall.class) || Nodes.contains(q, CountStar.class);
    }
}
