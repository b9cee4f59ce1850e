package org.synapsejdbc.local.table;

import org.synapsejdbc.client.model.FileHandleAssociateType;
import org.synapsejdbc.local.ServerContext;
import org.synapsejdbc.local.ServerModule;
import org.synapsejdbc.local.entity.EntityService;
import org.synapsejdbc.local.files.FileHandleService;
import org.synapsejdbc.local.http.Router;
import org.synapsejdbc.local.http.Scope;
import org.synapsejdbc.local.table.column.ColumnRoutes;
import org.synapsejdbc.local.table.column.ColumnStore;
import org.synapsejdbc.local.table.query.CsvDownloadJob;
import org.synapsejdbc.local.table.query.FileCells;
import org.synapsejdbc.local.table.query.NextPageJob;
import org.synapsejdbc.local.table.query.QueryBundleJob;
import org.synapsejdbc.local.table.query.QueryRunner;
import org.synapsejdbc.local.table.query.ResultFiles;
import org.synapsejdbc.local.table.rows.CsvUploader;
import org.synapsejdbc.local.table.rows.IndexSchemaSync;
import org.synapsejdbc.local.table.rows.RowChangeApplier;
import org.synapsejdbc.local.table.rows.SchemaChanger;
import org.synapsejdbc.local.table.rows.Snapshots;
import org.synapsejdbc.local.table.rows.TableStateStore;
import org.synapsejdbc.local.table.rows.TableTransactions;
import org.synapsejdbc.local.table.rows.TransactionJobs;
import org.synapsejdbc.local.table.view.ViewAnnotationWriter;
import org.synapsejdbc.local.table.view.ViewIndexer;
import org.synapsejdbc.local.table.view.ViewScopeColumnsJob;

/**
 * Tables and views: columns, table/view entity validation, the table bundle, transactions (schema changes, row
 * sets, CSV uploads, snapshots), query and CSV download jobs, view replication and writes through views, and
 * the demo content ({@code TableDemoModule}). Publishes {@link TableSettings} (view lag), {@link TableIndexDb} and
 * {@link TableServices}.
 */
public final class TableModule implements ServerModule {

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void install(ServerContext ctx) {
        EntityService entities = ctx.service(EntityService.class);
        FileHandleService files = ctx.service(FileHandleService.class);
        TableSettings settings = new TableSettings();
        TableIndexDb index = TableIndexDb.open(ctx.dataDir());
        ctx.closeOnStop(index);

        ColumnStore columns = new ColumnStore(ctx.db());
        TableMetadata tables = new TableMetadata(entities, columns);
        TableStateStore states = new TableStateStore(ctx.db());
        IndexSchemaSync sync = new IndexSchemaSync(columns);
        entities.registerHook(new TableEntityHook(columns));
        entities.bundle().addContributor(new TableBundleContributor(columns));

        RowChangeApplier rows = new RowChangeApplier(index, sync, states);
        Snapshots snapshots = new Snapshots(entities, index, sync);
        ViewIndexer viewIndexer = new ViewIndexer(entities, files, index, sync, settings);
        ViewAnnotationWriter viewWriter = new ViewAnnotationWriter(entities, viewIndexer);
        CsvUploader csv = new CsvUploader((caller, id) -> {
            var h = files.find(id).orElseThrow(() ->
                    new org.synapsejdbc.local.http.ApiException(404, "FileHandle does not exist for id: " + id));
            if (!caller.userIdString().equals(h.getCreatedBy())) {
                throw org.synapsejdbc.local.http.ApiException.forbidden("Only the creator of a FileHandle can"
                        + " access it directly by its ID.  FileHandleId = '" + id + "', UserId = '"
                        + caller.userId() + "'");
            }
            return files.open(id);
        });
        TableTransactions transactions = new TableTransactions(tables,
                rows, new SchemaChanger(entities, columns, index, sync), snapshots, csv, viewWriter);
        QueryRunner runner = new QueryRunner(tables, index, sync, states, viewIndexer);
        ResultFiles results = new ResultFiles(ctx.db(), entities, new FileCells(tables, index));
        results.files(files);
        files.registerAssociation(FileHandleAssociateType.TableEntity, results);

        Router r = ctx.router();
        ColumnRoutes columnRoutes = new ColumnRoutes(columns, tables);
        columnRoutes.register(r);
        new TableRoutes(tables, snapshots, rows).register(r);
        new TransactionJobs(transactions, tables).register(ctx.jobs(), r);
        QueryBundleJob bundles = new QueryBundleJob(runner);
        ctx.jobs().register(r, Router.REPO + "/entity/{id}/table/query/async", "table-query", bundles,
                Scope.VIEW, Scope.DOWNLOAD);
        ctx.jobs().register(r, Router.REPO + "/entity/{id}/table/query/nextPage/async", "table-query-next-page",
                new NextPageJob(runner, bundles), Scope.VIEW, Scope.DOWNLOAD);
        ctx.jobs().register(r, Router.REPO + "/entity/{id}/table/download/csv/async", "table-csv-download",
                new CsvDownloadJob(runner, files, results), Scope.VIEW, Scope.DOWNLOAD);
        ctx.jobs().register(r, Router.REPO + "/column/view/scope/async", "view-scope-columns",
                new ViewScopeColumnsJob(entities), Scope.VIEW);

        ctx.publish(TableSettings.class, settings);
        ctx.publish(TableIndexDb.class, index);
        ctx.publish(TableServices.class, new TableServices(columns, tables, rows, snapshots));
    }
}
