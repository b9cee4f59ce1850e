package org.synapsejdbc.local.sql.check;

import java.util.ArrayList;
import java.util.List;
import org.synapsejdbc.client.model.ColumnMultiValueFunctionQueryFilter;
import org.synapsejdbc.client.model.ColumnSingleValueQueryFilter;
import org.synapsejdbc.client.model.QueryFilter;
import org.synapsejdbc.client.model.SortItem;
import org.synapsejdbc.client.model.TextMatchesQueryFilter;
import org.synapsejdbc.local.sql.SynapseSqlException;
import org.synapsejdbc.local.sql.ast.AndCondition;
import org.synapsejdbc.local.sql.ast.ColumnRef;
import org.synapsejdbc.local.sql.ast.Condition;
import org.synapsejdbc.local.sql.ast.Identifier;
import org.synapsejdbc.local.sql.ast.ParenCondition;
import org.synapsejdbc.local.sql.ast.QuerySpec;
import org.synapsejdbc.local.sql.ast.SortSpec;
import org.synapsejdbc.local.sql.parse.QueryParser;
import org.synapsejdbc.local.sql.parse.SqlParseException;
import org.synapsejdbc.local.sql.render.SqlRenderer;

/**
 * Merges a request's {@code additionalFilters} (grammar §9), {@code sort} items and {@code offset}/{@code limit}
 * (synapse-api §7.2) into the parsed query.
 */
public final class QueryComposer {

    private QueryComposer() {
    }

    /**
     * The query with each filter ANDed, parenthesised, to the WHERE; filters marked {@code isDefiningCondition}
     * go to DEFINING_WHERE instead (only meaningful for virtual tables, rejected by the checks otherwise).
     */
    public static QuerySpec addFilters(QuerySpec q, List<QueryFilter> filters) {
        if (filters == null || filters.isEmpty()) {
            return q;
        }
        List<Condition> where = new ArrayList<>();
        List<Condition> defining = new ArrayList<>();
        if (q.where() != null) {
            where.add(q.where());
        }
        if (q.definingWhere() != null) {
            defining.add(q.definingWhere());
        }
        for (QueryFilter f : filters) {
            String sql = filterSql(f);
            Condition c;
            try {
                c = new ParenCondition(QueryParser.parseCondition(sql));
            } catch (SqlParseException e) {
                throw SynapseSqlException.badRequest(e.grammarError()
                        ? "org.sagebionetworks.table.query.ParseException: " + e.getMessage() : e.getMessage());
            }
            (Boolean.TRUE.equals(isDefining(f)) ? defining : where).add(c);
        }
        return q.withWhere(and(where)).withDefiningWhere(and(defining));
    }

    private static Condition and(List<Condition> parts) {
        if (parts.isEmpty()) {
            return null;
        }
        return parts.size() == 1 ? parts.get(0) : new AndCondition(List.copyOf(parts));
    }

    private static Boolean isDefining(QueryFilter f) {
        if (f instanceof ColumnSingleValueQueryFilter s) {
            return s.getIsDefiningCondition();
        }
        if (f instanceof ColumnMultiValueFunctionQueryFilter m) {
            return m.getIsDefiningCondition();
        }
        return f instanceof TextMatchesQueryFilter t ? t.getIsDefiningCondition() : null;
    }

    /** The SQL text Synapse builds for one filter (column names double-quoted without escaping). */
    static String filterSql(QueryFilter f) {
        if (f instanceof ColumnSingleValueQueryFilter s) {
            String name = required(s.getColumnName(), "ColumnSingleValueQueryFilter.columnName");
            List<String> values = requiredValues(s.getValues(), "ColumnSingleValueQueryFilter.values");
            if (s.getOperator() == null) {
                throw SynapseSqlException.badRequest("ColumnSingleValueQueryFilter.operator is required.");
            }
            String column = "\"" + name + "\"";
            return switch (s.getOperator()) {
                case IN -> column + " IN (" + String.join(",", values.stream().map(QueryComposer::quote).toList()) + ")";
                case LIKE -> String.join(" OR ", values.stream().map(v -> column + " LIKE " + quote(v)).toList());
                case EQUAL -> String.join(" OR ", values.stream().map(v -> column + " = " + quote(v)).toList());
            };
        }
        if (f instanceof ColumnMultiValueFunctionQueryFilter m) {
            String name = required(m.getColumnName(), "ColumnMultiValueFunctionQueryFilter.columnName");
            List<String> values = requiredValues(m.getValues(), "ColumnMultiValueFunctionQueryFilter.values");
            if (m.getFunction() == null) {
                throw SynapseSqlException.badRequest("ColumnMultiValueFunctionQueryFilter.function is required.");
            }
            return "\"" + name + "\" " + m.getFunction().name() + " ("
                    + String.join(", ", values.stream().map(QueryComposer::quote).toList()) + ")";
        }
        if (f instanceof TextMatchesQueryFilter t) {
            if (t.getSearchExpression() == null || t.getSearchExpression().isBlank()) {
                throw SynapseSqlException.badRequest("TextMatchesQueryFilter.searchExpression is required and must not be a blank string.");
            }
            return "TEXT_MATCHES(" + quote(t.getSearchExpression()) + ")";
        }
        throw SynapseSqlException.badRequest("Unknown QueryFilter type: " + f.getClass().getSimpleName());
    }

    private static String required(String value, String field) {
        if (value == null || value.isEmpty()) {
            throw SynapseSqlException.badRequest(field + " is required and must not be the empty string.");
        }
        return value;
    }

    private static List<String> requiredValues(List<String> values, String field) {
        if (values == null || values.isEmpty()) {
            throw SynapseSqlException.badRequest(field + " is required and must not be empty.");
        }
        return values;
    }

    private static String quote(String v) {
        return "'" + v.replace("'", "''") + "'";
    }

    /** The query with the sort items first, followed by the query's own ORDER BY items on other expressions. */
    public static QuerySpec addSort(QuerySpec q, List<SortItem> sort) {
        if (sort == null || sort.isEmpty()) {
            return q;
        }
        List<SortSpec> specs = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (SortItem item : sort) {
            ColumnRef ref = new ColumnRef(null, new Identifier(item.getColumn(), Identifier.Quote.DOUBLE));
            specs.add(new SortSpec(ref, item.getDirection() == null ? "ASC" : item.getDirection().name()));
            seen.add(SqlRenderer.display().render(ref));
        }
        for (SortSpec s : q.orderBy()) {
            if (!seen.contains(SqlRenderer.display().render(s.expr()))) {
                specs.add(s);
            }
        }
        return q.withOrderBy(specs);
    }

    /**
     * Combines the SQL's LIMIT/OFFSET with the request's: offset = sqlOffset + offset,
     * limit = min(limit, sqlLimit - offset). Returns {offset, limit} (limit null when unbounded).
     */
    public static long[] composePaging(Long sqlLimit, Long sqlOffset, Long offset, Long limit) {
        long reqOffset = offset == null ? 0 : offset;
        long effOffset = (sqlOffset == null ? 0 : sqlOffset) + reqOffset;
        Long effLimit;
        if (sqlLimit != null && limit != null) {
            effLimit = Math.min(limit, sqlLimit - reqOffset);
        } else if (sqlLimit != null) {
            effLimit = sqlLimit - reqOffset;
        } else {
            effLimit = limit;
        }
        return effLimit == null ? new long[] {effOffset} : new long[] {effOffset, Math.max(0, effLimit)};
    }
}
