package org.synapsejdbc.local.sql.ast;

import java.util.List;

/**
 * A parsed user query ({@code query_spec}).
 *
 * @param quantifier    null, "DISTINCT" or "ALL"
 * @param selectItems   the select list, or null for {@code *}
 * @param table         the FROM table
 * @param joinCount     number of JOINs written after the first table (always rejected for user queries)
 * @param definingWhere the DEFINING_WHERE condition or null
 * @param where         the WHERE condition or null
 * @param groupBy       GROUP BY expressions (empty when absent)
 * @param orderBy       ORDER BY items (empty when absent)
 * @param limit         LIMIT or null
 * @param offset        OFFSET or null
 */
public record QuerySpec(String quantifier, List<SelectItem> selectItems, TableRef table, int joinCount,
                        Condition definingWhere, Condition where, List<Expr> groupBy, List<SortSpec> orderBy,
                        Long limit, Long offset) implements Node {

    /** True for {@code SELECT *}. */
    public boolean selectStar() {
        return selectItems == null;
    }

    /** A copy with another WHERE condition. */
    public QuerySpec withWhere(Condition newWhere) {
        return new QuerySpec(quantifier, selectItems, table, joinCount, definingWhere, newWhere, groupBy, orderBy, limit, offset);
    }

    /** A copy with another DEFINING_WHERE condition. */
    public QuerySpec withDefiningWhere(Condition newDefiningWhere) {
        return new QuerySpec(quantifier, selectItems, table, joinCount, newDefiningWhere, where, groupBy, orderBy, limit, offset);
    }

    /** A copy with another ORDER BY list. */
    public QuerySpec withOrderBy(List<SortSpec> newOrderBy) {
        return new QuerySpec(quantifier, selectItems, table, joinCount, definingWhere, where, groupBy,
                List.copyOf(newOrderBy), limit, offset);
    }

    /** A copy with other LIMIT/OFFSET values. */
    public QuerySpec withPaging(Long newLimit, Long newOffset) {
        return new QuerySpec(quantifier, selectItems, table, joinCount, definingWhere, where, groupBy, orderBy, newLimit, newOffset);
    }

    /** A copy with another select list (null for {@code *}). */
    public QuerySpec withSelectItems(List<SelectItem> items) {
        return new QuerySpec(quantifier, items == null ? null : List.copyOf(items), table, joinCount, definingWhere,
                where, groupBy, orderBy, limit, offset);
    }

    @Override
    public List<Node> children() {
        return Nodes.of(selectItems, definingWhere, where, groupBy, orderBy);
    }
}
