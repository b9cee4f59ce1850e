package org.synapsejdbc.local.sql;

import java.util.List;
import java.util.function.LongFunction;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.QueryFilter;
import org.synapsejdbc.client.model.SortItem;
import org.synapsejdbc.local.sql.check.TableSchema;

/**
 * Everything besides the SQL that shapes a query job: the resolved table, the caller, and the
 * {@code Query} fields {@code offset}, {@code limit}, {@code sort}, {@code additionalFilters}.
 *
 * @param schema            the queried table/view (as named by the SQL's FROM, including a snapshot version)
 * @param callerUserId      the caller's numeric user id ({@code CURRENT_USER()}; anonymous is 273950)
 * @param offset            {@code Query.offset} or null
 * @param limit             {@code Query.limit} or null
 * @param sort              {@code Query.sort} or null
 * @param additionalFilters {@code Query.additionalFilters} or null
 * @param includeRowEtag    return ROW_ETAG with each row (views with {@code includeEntityEtag})
 * @param columnLookup      looks up column models by id for {@code CAST(x AS <columnId>)} (may be null)
 * @param readableBenefactors for views: only rows whose ROW_BENEFACTOR is in this list are visible (rows,
 *                          counts, aggregates); null means no row-level filter
 */
public record QueryRequest(TableSchema schema, long callerUserId, Long offset, Long limit, List<SortItem> sort,
                           List<QueryFilter> additionalFilters, boolean includeRowEtag,
                           LongFunction<ColumnModel> columnLookup, List<Long> readableBenefactors) {

    /** A request without a row-level benefactor filter. */
    public QueryRequest(TableSchema schema, long callerUserId, Long offset, Long limit, List<SortItem> sort,
                        List<QueryFilter> additionalFilters, boolean includeRowEtag, LongFunction<ColumnModel> columnLookup) {
        this(schema, callerUserId, offset, limit, sort, additionalFilters, includeRowEtag, columnLookup, null);
    }

    /** A plain request: no paging overrides, sort or filters. */
    public static QueryRequest of(TableSchema schema, long callerUserId) {
        return new QueryRequest(schema, callerUserId, null, null, null, null, false, null);
    }

    /** A copy with {@code Query.offset}/{@code Query.limit}. */
    public QueryRequest withPaging(Long newOffset, Long newLimit) {
        return new QueryRequest(schema, callerUserId, newOffset, newLimit, sort, additionalFilters, includeRowEtag,
                columnLookup, readableBenefactors);
    }

    /** A copy with sort items and additional filters. */
    public QueryRequest withSortAndFilters(List<SortItem> newSort, List<QueryFilter> newFilters) {
        return new QueryRequest(schema, callerUserId, offset, limit, newSort, newFilters, includeRowEtag, columnLookup,
                readableBenefactors);
    }

    /** A copy that shows only rows whose ROW_BENEFACTOR the caller may read (views). */
    public QueryRequest withReadableBenefactors(List<Long> benefactors) {
        return new QueryRequest(schema, callerUserId, offset, limit, sort, additionalFilters, includeRowEtag, columnLookup,
                benefactors == null ? null : List.copyOf(benefactors));
    }
}
