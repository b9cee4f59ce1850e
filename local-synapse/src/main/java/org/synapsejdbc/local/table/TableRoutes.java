package org.synapsejdbc.local.table;

import org.synapsejdbc.client.model.ACCESS_TYPE;
import org.synapsejdbc.client.model.RowSelection;
import org.synapsejdbc.client.model.SnapshotRequest;
import org.synapsejdbc.client.model.SnapshotResponse;
import org.synapsejdbc.local.entity.SynIds;
import org.synapsejdbc.local.http.ApiException;
import org.synapsejdbc.local.http.Reply;
import org.synapsejdbc.local.http.RequestContext;
import org.synapsejdbc.local.http.Router;
import org.synapsejdbc.local.http.Scope;
import org.synapsejdbc.local.table.rows.ChangeSets;
import org.synapsejdbc.local.table.rows.RowChangeApplier;
import org.synapsejdbc.local.table.rows.Snapshots;

/**
 * Synchronous table routes: {@code POST /entity/{id}/table/snapshot}, the deprecated
 * {@code POST /entity/{id}/table/deleteRows}, and the entity-less job routes Synapse answers with 410.
 */
public final class TableRoutes {

    private final TableMetadata tables;
    private final Snapshots snapshots;
    private final RowChangeApplier rows;

    public TableRoutes(TableMetadata tables, Snapshots snapshots, RowChangeApplier rows) {
        this.tables = tables;
        this.snapshots = snapshots;
        this.rows = rows;
    }

    public void register(Router r) {
        r.post(Router.REPO + "/entity/{id}/table/snapshot", this::snapshot, Scope.VIEW, Scope.MODIFY);
        r.post(Router.REPO + "/entity/{id}/table/deleteRows", this::deleteRows, Scope.VIEW, Scope.MODIFY);
        for (String gone : new String[]{"/table/upload/csv/async/start", "/table/download/csv/async/start"}) {
            r.post(Router.REPO + gone, ctx -> {
                throw new ApiException(410, "This service is no longer supported. Include the entity ID in the URL.");
            }, Scope.VIEW);
        }
    }

    private Reply snapshot(RequestContext ctx) {
        SnapshotRequest body = ctx.bodyOrNull(SnapshotRequest.class);
        TableInfo t = tables.table(ctx.caller(), SynIds.parse(ctx.pathVar("id")), null, ACCESS_TYPE.UPDATE);
        if (t.isView()) {
            throw ApiException.badRequest("Snapshots of views must be created with a table transaction"
                    + " (createSnapshot: true).");
        }
        return Reply.created(new SnapshotResponse().setSnapshotVersionNumber(snapshots.create(ctx.caller(), t, body)));
    }

    private Reply deleteRows(RequestContext ctx) {
        RowSelection sel = ctx.body(RowSelection.class);
        TableInfo t = tables.table(ctx.caller(), SynIds.parse(ctx.pathVar("id")), null, ACCESS_TYPE.UPDATE);
        if (t.isView()) {
            throw ApiException.badRequest("Rows cannot be deleted from a view.");
        }
        return Reply.created(rows.apply(t, ChangeSets.deletions(sel.getRowIds()), sel.getEtag()));
    }
}
