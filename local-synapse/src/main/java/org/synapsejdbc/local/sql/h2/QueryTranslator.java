package org.synapsejdbc.local.sql.h2;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.ColumnType;
import org.synapsejdbc.local.sql.ast.ColumnRef;
import org.synapsejdbc.local.sql.ast.Expr;
import org.synapsejdbc.local.sql.ast.QuerySpec;
import org.synapsejdbc.local.sql.ast.SelectItem;
import org.synapsejdbc.local.sql.check.CastTypes;
import org.synapsejdbc.local.sql.check.ColumnResolver;
import org.synapsejdbc.local.sql.check.ResolvedColumn;
import org.synapsejdbc.local.sql.check.TableSchema;
import org.synapsejdbc.local.sql.check.TypeInference;

/** Turns a checked Synapse query into H2 SQL (page query and count query) over {@link PhysicalLayout}'s tables. */
public final class QueryTranslator {

    private final TranslationContext ctx;
    private final ExpressionTranslator values;
    private final ConditionTranslator conditions;
    private final QuerySpec query;
    private final List<SelectItem> items;
    private final boolean aggregated;
    private final List<Long> readableBenefactors;

    /**
     * A translator for one query.
     *
     * @param query      the merged query (filters and sort applied)
     * @param items      the select items ({@code *} expanded)
     * @param aggregated whether the query is aggregated
     * @param readableBenefactors row-level filter on ROW_BENEFACTOR (views), or null
     */
    public QueryTranslator(TableSchema schema, ColumnResolver resolver, TypeInference types, CastTypes castTypes,
                           long callerUserId, QuerySpec query, List<SelectItem> items, boolean aggregated,
                           List<Long> readableBenefactors) {
        this.ctx = new TranslationContext(schema, resolver, types, castTypes, callerUserId);
        this.values = new ExpressionTranslator(ctx);
        this.conditions = new ConditionTranslator(ctx, values);
        values.setConditions(conditions);
        this.query = query;
        this.items = items;
        this.aggregated = aggregated;
        this.readableBenefactors = readableBenefactors;
        for (SelectItem item : items) {
            if (item.alias() != null) {
                ctx.selectAliases.putIfAbsent(item.alias().name(), item.expr());
            }
        }
    }

    /** The page query: LIMIT/OFFSET are bound; a null limit means no limit. */
    public H2Query pageQuery(long offset, Long limit, boolean includeEtag) {
        SqlBuffer select = new SqlBuffer();
        select.append("SELECT ");
        if ("DISTINCT".equals(query.quantifier())) {
            select.append("DISTINCT ");
        }
        int metadata = 0;
        if (!aggregated) {
            String a = TranslationContext.ALIAS;
            select.append(a + ".ROW_ID, " + a + ".ROW_VERSION, ");
            metadata = 2;
            if (includeEtag) {
                select.append(a + ".ROW_ETAG, ");
                metadata = 3;
            }
        }
        List<OutputColumn> outputs = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            select.append(i == 0 ? "" : ", ");
            outputs.add(selectItem(items.get(i), select));
        }
        SqlBuffer where = whereClause();
        SqlBuffer groupBy = groupByClause();
        SqlBuffer orderBy = new SqlBuffer();
        if (!query.orderBy().isEmpty()) {
            orderBy.append(" ORDER BY ");
            values.sortList(query.orderBy(), "order clause", orderBy);
        }
        SqlBuffer paging = new SqlBuffer();
        paging.append(" LIMIT ").bind(limit == null ? Long.MAX_VALUE : limit).append(" OFFSET ").bind(offset);
        return assemble(List.of(select, from(), where, groupBy, orderBy, paging), outputs, metadata);
    }

    /** The count query of Synapse's {@code queryCount}, or null when the count is always 1. */
    public H2Query countQuery() {
        SqlBuffer where = whereClause();
        if (!query.groupBy().isEmpty() || "DISTINCT".equals(query.quantifier())) {
            // MySQL's COUNT(DISTINCT e1, e2...): distinct tuples without any NULL member.
            List<Expr> keys = !query.groupBy().isEmpty() ? query.groupBy()
                    : items.stream().map(SelectItem::expr).toList();
            String clause = !query.groupBy().isEmpty() ? "group statement" : "field list";
            SqlBuffer inner = new SqlBuffer();
            inner.append("SELECT COUNT(*) FROM (SELECT DISTINCT ");
            for (int i = 0; i < keys.size(); i++) {
                inner.append(i == 0 ? "" : ", ");
                values.expr(keys.get(i), clause, inner);
                inner.append(" AS k" + i);
            }
            SqlBuffer close = new SqlBuffer().append(") c WHERE TRUE");
            for (int i = 0; i < keys.size(); i++) {
                close.append(" AND k" + i + " IS NOT NULL");
            }
            return assemble(List.of(inner, from(), where, close), List.of(), 0);
        }
        if (aggregated) {
            return null;
        }
        SqlBuffer select = new SqlBuffer().append("SELECT COUNT(*)");
        return assemble(List.of(select, from(), where), List.of(), 0);
    }

    private OutputColumn selectItem(SelectItem item, SqlBuffer out) {
        ColumnType type = ctx.types.typeOf(item.expr());
        if (item.expr() instanceof ColumnRef ref) {
            ResolvedColumn c = ctx.resolver.resolve(ref);
            if (c != null && c.inSchema() && c.type() == ColumnType.DOUBLE) {
                String marker = TranslationContext.ALIAS + "." + PhysicalLayout.q(PhysicalLayout.doubleMarker(c.model().getId()));
                // The marker depends on the value; inside a GROUP BY it is read through an aggregate.
                out.append(ExpressionTranslator.physical(c)).append(", ")
                        .append(query.groupBy().isEmpty() ? marker : "MAX(" + marker + ")");
                return new OutputColumn(ColumnType.DOUBLE, true);
            }
        }
        values.expr(item.expr(), "field list", out);
        return new OutputColumn(type, false);
    }

    private SqlBuffer whereClause() {
        SqlBuffer where = new SqlBuffer();
        if (readableBenefactors != null) {
            // Views show only the rows whose benefactor the caller may read, before anything else applies.
            where.append(" WHERE ");
            if (readableBenefactors.isEmpty()) {
                where.append("FALSE");
            } else {
                where.append(TranslationContext.ALIAS).append(".ROW_BENEFACTOR IN (");
                for (int i = 0; i < readableBenefactors.size(); i++) {
                    where.append(i == 0 ? "" : ", ").bind(readableBenefactors.get(i));
                }
                where.append(")");
            }
        }
        if (query.where() != null) {
            where.append(readableBenefactors != null ? " AND " : " WHERE ");
            conditions.condition(query.where(), "where clause", where);
        }
        return where;
    }

    private SqlBuffer groupByClause() {
        SqlBuffer groupBy = new SqlBuffer();
        if (!query.groupBy().isEmpty()) {
            groupBy.append(" GROUP BY ");
            List<Expr> exprs = query.groupBy();
            values.list(exprs, "group statement", groupBy);
        }
        return groupBy;
    }

    /** FROM with the UNNEST joins registered so far (so it must be built after the other clauses). */
    private SqlBuffer from() {
        SqlBuffer from = new SqlBuffer();
        from.append(" FROM ").append(ctx.table()).append(" ").append(TranslationContext.ALIAS);
        for (Map.Entry<String, ColumnModel> e : ctx.unnests.entrySet()) {
            String alias = "u" + e.getKey();
            from.append(" LEFT JOIN ").append(ctx.listTable(e.getValue())).append(" ").append(alias)
                    .append(" ON ").append(alias).append(".ROW_ID = ").append(TranslationContext.ALIAS).append(".ROW_ID");
        }
        return from;
    }

    private static H2Query assemble(List<SqlBuffer> parts, List<OutputColumn> outputs, int metadata) {
        StringBuilder sql = new StringBuilder();
        List<Object> binds = new ArrayList<>();
        for (SqlBuffer p : parts) {
            sql.append(p.sql());
            binds.addAll(p.binds());
        }
        return new H2Query(sql.toString(), binds, outputs, metadata);
    }
}
