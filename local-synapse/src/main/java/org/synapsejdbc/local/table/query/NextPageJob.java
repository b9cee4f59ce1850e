package org.synapsejdbc.local.table.query;

import com.fasterxml.jackson.databind.JsonNode;
import org.synapsejdbc.client.model.Query;
import org.synapsejdbc.client.model.QueryNextPageToken;
import org.synapsejdbc.local.async.AsyncJobType;
import org.synapsejdbc.local.async.JobContext;
import org.synapsejdbc.local.http.JsonBodies;
import org.synapsejdbc.local.http.RequestContext;
import org.synapsejdbc.local.sql.ParsedSql;

/** The deprecated {@code /entity/{id}/table/query/nextPage/async}: a {@code QueryNextPageToken} → {@code QueryResult}. */
public final class NextPageJob implements AsyncJobType<NextPageJob.Started> {

    /** The decoded token. */
    public record Started(QueryNextPageToken token, Query query, ParsedSql parsed) {
    }

    private final QueryRunner runner;
    private final QueryBundleJob bundles;

    public NextPageJob(QueryRunner runner, QueryBundleJob bundles) {
        this.runner = runner;
        this.bundles = bundles;
    }

    @Override
    public Started start(RequestContext ctx, JsonNode body) {
        QueryNextPageToken token = JsonBodies.convert(body, QueryNextPageToken.class);
        Query q = PageTokens.decode(token.getToken());
        return new Started(token, q, runner.parseAtStart(q.getSql()));
    }

    @Override
    public Object requestBody(Started started) {
        return started.token();
    }

    @Override
    public String dedupKey(Started started) {
        return runner.dedupKey(started.token(), started.parsed());
    }

    @Override
    public Object run(JobContext<Started> job) {
        return bundles.bundle(job, job.request().query(), job.request().parsed(), QueryBundleJob.RESULTS)
                .getQueryResult();
    }
}
