package org.synapsejdbc.local.table.rows;

import com.fasterxml.jackson.databind.JsonNode;
import org.synapsejdbc.client.model.ACCESS_TYPE;
import org.synapsejdbc.client.model.AppendableRowSetRequest;
import org.synapsejdbc.client.model.TableUpdateTransactionRequest;
import org.synapsejdbc.client.model.UploadToTableRequest;
import org.synapsejdbc.local.async.AsyncJobType;
import org.synapsejdbc.local.async.AsyncJobs;
import org.synapsejdbc.local.async.JobContext;
import org.synapsejdbc.local.entity.SynIds;
import org.synapsejdbc.local.http.JsonBodies;
import org.synapsejdbc.local.http.RequestContext;
import org.synapsejdbc.local.http.Router;
import org.synapsejdbc.local.http.Scope;
import org.synapsejdbc.local.table.TableInfo;
import org.synapsejdbc.local.table.TableMetadata;

/**
 * The write jobs: {@code /entity/{id}/table/transaction/async} and the still-mapped older forms
 * {@code /entity/{id}/table/append/async} (an {@code AppendableRowSetRequest}) and
 * {@code /entity/{id}/table/upload/csv/async} (an {@code UploadToTableRequest}).
 */
public final class TransactionJobs {

    private final TableTransactions transactions;
    private final TableMetadata tables;

    public TransactionJobs(TableTransactions transactions, TableMetadata tables) {
        this.transactions = transactions;
        this.tables = tables;
    }

    public void register(AsyncJobs jobs, Router r) {
        jobs.register(r, Router.REPO + "/entity/{id}/table/transaction/async", "table-transaction",
                new AsyncJobType<TableUpdateTransactionRequest>() {
                    @Override
                    public TableUpdateTransactionRequest start(RequestContext ctx, JsonNode body) {
                        return TableTransactions.validateStart(ctx.pathVar("id"),
                                JsonBodies.convert(body, TableUpdateTransactionRequest.class));
                    }

                    @Override
                    public Object run(JobContext<TableUpdateTransactionRequest> job) {
                        return transactions.run(job.caller(), job.request());
                    }
                }, Scope.VIEW, Scope.MODIFY);
        jobs.register(r, Router.REPO + "/entity/{id}/table/append/async", "table-append",
                new AsyncJobType<AppendableRowSetRequest>() {
                    @Override
                    public AppendableRowSetRequest start(RequestContext ctx, JsonNode body) {
                        return JsonBodies.convert(body, AppendableRowSetRequest.class)
                                .setEntityId(SynIds.format(SynIds.parse(ctx.pathVar("id"))));
                    }

                    @Override
                    public Object run(JobContext<AppendableRowSetRequest> job) {
                        TableInfo t = tables.table(job.caller(), SynIds.parse(job.request().getEntityId()), null,
                                ACCESS_TYPE.UPDATE);
                        return transactions.append(job.caller(), t, job.request().getToAppend());
                    }
                }, Scope.VIEW, Scope.MODIFY);
        jobs.register(r, Router.REPO + "/entity/{id}/table/upload/csv/async", "table-upload-csv",
                new AsyncJobType<TableUpdateTransactionRequest>() {
                    @Override
                    public TableUpdateTransactionRequest start(RequestContext ctx, JsonNode body) {
                        UploadToTableRequest u = JsonBodies.convert(body, UploadToTableRequest.class);
                        TableUpdateTransactionRequest tx = new TableUpdateTransactionRequest()
                                .setChanges(new java.util.ArrayList<>(java.util.List.of(u)));
                        return TableTransactions.validateStart(ctx.pathVar("id"), tx);
                    }

                    @Override
                    public Object requestBody(TableUpdateTransactionRequest started) {
                        return started.getChanges().get(0);
                    }

                    @Override
                    public Object run(JobContext<TableUpdateTransactionRequest> job) {
                        return transactions.run(job.caller(), job.request()).getResults().get(0);
                    }
                }, Scope.VIEW, Scope.MODIFY);
    }
}
