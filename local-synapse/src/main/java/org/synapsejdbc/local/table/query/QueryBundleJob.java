package org.synapsejdbc.local.table.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.synapsejdbc.client.model.Query;
import org.synapsejdbc.client.model.QueryBundleRequest;
import org.synapsejdbc.client.model.QueryNextPageToken;
import org.synapsejdbc.client.model.QueryResult;
import org.synapsejdbc.client.model.QueryResultBundle;
import org.synapsejdbc.client.model.Row;
import org.synapsejdbc.client.model.RowSet;
import org.synapsejdbc.local.async.AsyncJobType;
import org.synapsejdbc.local.async.JobContext;
import org.synapsejdbc.local.http.ApiException;
import org.synapsejdbc.local.http.JsonBodies;
import org.synapsejdbc.local.http.RequestContext;
import org.synapsejdbc.local.sql.PageResult;
import org.synapsejdbc.local.sql.ParsedSql;

/**
 * {@code /entity/{id}/table/query/async}: a {@code QueryBundleRequest} answered with the parts its
 * {@code partMask} selects (results, count, select columns, max rows per page, column models, last updated,
 * combined SQL; facets, file sums and actions are not computed).
 */
public final class QueryBundleJob implements AsyncJobType<QueryBundleJob.Started> {

    public static final long RESULTS = 0x1;
    public static final long COUNT = 0x2;
    public static final long SELECT_COLUMNS = 0x4;
    public static final long MAX_ROWS_PER_PAGE = 0x8;
    public static final long COLUMN_MODELS = 0x10;
    public static final long LAST_UPDATED_ON = 0x80;
    public static final long COMBINED_SQL = 0x100;
    /** Synapse's default when {@code partMask} is omitted: everything except actionsRequired (0x200). */
    public static final long DEFAULT_MASK = 0x1FF;

    /** The parsed request. */
    public record Started(QueryBundleRequest request, ParsedSql parsed) {
    }

    private final QueryRunner runner;

    public QueryBundleJob(QueryRunner runner) {
        this.runner = runner;
    }

    @Override
    public Started start(RequestContext ctx, JsonNode body) {
        QueryBundleRequest req = JsonBodies.convert(body, QueryBundleRequest.class);
        if (req.getQuery() == null) {
            throw ApiException.badRequest("Query cannot be null");
        }
        return new Started(req, runner.parseAtStart(req.getQuery().getSql()));
    }

    @Override
    public Object requestBody(Started started) {
        return started.request();
    }

    /* Synapse de-duplicates TableEntity queries: same user + same request + unchanged table = the same job. */
    @Override
    public String dedupKey(Started started) {
        return runner.dedupKey(started.request(), started.parsed());
    }

    @Override
    public Object run(JobContext<Started> job) {
        QueryBundleRequest req = job.request().request();
        return bundle(job, req.getQuery(), job.request().parsed(), req.getPartMask() == null ? DEFAULT_MASK
                : req.getPartMask());
    }

    /** Runs the query and assembles the bundle parts selected by {@code mask}. */
    QueryResultBundle bundle(JobContext<?> job, Query q, ParsedSql parsed, long mask) {
        QueryRunner.Params params = new QueryRunner.Params(q.getOffset(), q.getLimit(), q.getSort(),
                q.getAdditionalFilters(), Boolean.TRUE.equals(q.getIncludeEntityEtag()));
        return runner.run(job, parsed, params, (c, ready) -> {
            QueryResultBundle b = new QueryResultBundle();
            if ((mask & RESULTS) != 0) {
                List<Row> rows = new ArrayList<>();
                PageResult page = ready.query().executePage(c, (rowId, version, etag, values) ->
                        rows.add(new Row().setRowId(rowId).setVersionNumber(version).setEtag(etag)
                                .setValues(new ArrayList<>(values))));
                RowSet rs = new RowSet().setTableId(ready.table().node().synId()).setEtag(ready.etag())
                        .setHeaders(ready.query().selectColumns()).setRows(rows);
                QueryResult result = new QueryResult().setQueryResults(rs);
                if (page.nextPageOffset() != null) {
                    Query next = PageTokens.copy(q).setOffset(page.nextPageOffset());
                    result.setNextPageToken(new QueryNextPageToken().setEntityId(ready.table().node().synId())
                            .setToken(PageTokens.encode(next)));
                }
                b.setQueryResult(result);
            }
            if ((mask & COUNT) != 0) {
                b.setQueryCount(ready.query().count(c));
            }
            if ((mask & SELECT_COLUMNS) != 0) {
                b.setSelectColumns(ready.query().selectColumns());
            }
            if ((mask & MAX_ROWS_PER_PAGE) != 0) {
                b.setMaxRowsPerPage(ready.query().maxRowsPerPage());
            }
            if ((mask & COLUMN_MODELS) != 0) {
                b.setColumnModels(ready.table().columns());
            }
            if ((mask & LAST_UPDATED_ON) != 0) {
                b.setLastUpdatedOn(ready.lastUpdatedOn());
            }
            if ((mask & COMBINED_SQL) != 0) {
                b.setCombinedSql(ready.query().combinedSql());
            }
            return b;
        });
    }
}
