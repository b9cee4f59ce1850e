package org.synapsejdbc.local.table.rows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.synapsejdbc.client.model.ACCESS_TYPE;
import org.synapsejdbc.client.model.AppendableRowSet;
import org.synapsejdbc.client.model.AppendableRowSetRequest;
import org.synapsejdbc.client.model.PartialRowSet;
import org.synapsejdbc.client.model.RowReferenceSetResults;
import org.synapsejdbc.client.model.RowSet;
import org.synapsejdbc.client.model.TableSchemaChangeRequest;
import org.synapsejdbc.client.model.TableSearchChangeRequest;
import org.synapsejdbc.client.model.TableSearchChangeResponse;
import org.synapsejdbc.client.model.TableUpdateRequest;
import org.synapsejdbc.client.model.TableUpdateResponse;
import org.synapsejdbc.client.model.TableUpdateTransactionRequest;
import org.synapsejdbc.client.model.TableUpdateTransactionResponse;
import org.synapsejdbc.client.model.UploadToTableRequest;
import org.synapsejdbc.client.model.UploadToTableResult;
import org.synapsejdbc.local.entity.EntityRecord;
import org.synapsejdbc.local.entity.EntityService;
import org.synapsejdbc.local.entity.SynIds;
import org.synapsejdbc.local.entity.VersionRecord;
import org.synapsejdbc.local.http.ApiException;
import org.synapsejdbc.local.http.Caller;
import org.synapsejdbc.local.table.TableInfo;
import org.synapsejdbc.local.table.TableMetadata;
import org.synapsejdbc.local.table.view.ViewAnnotationWriter;

/**
 * Runs a {@code TableUpdateTransactionRequest}: each change in order (schema change, row set, CSV upload,
 * search switch), then the optional snapshot. Row writes to a view become annotation updates.
 */
public final class TableTransactions {

    private final TableMetadata tables;
    private final RowChangeApplier rows;
    private final SchemaChanger schemas;
    private final Snapshots snapshots;
    private final CsvUploader csv;
    private final ViewAnnotationWriter views;

    public TableTransactions(TableMetadata tables, RowChangeApplier rows, SchemaChanger schemas, Snapshots snapshots,
                             CsvUploader csv, ViewAnnotationWriter views) {
        this.tables = tables;
        this.rows = rows;
        this.schemas = schemas;
        this.snapshots = snapshots;
        this.csv = csv;
        this.views = views;
    }

    public Snapshots snapshots() {
        return snapshots;
    }

    /** Checks made on the start POST: entity ids agree with the path, something to do. */
    public static TableUpdateTransactionRequest validateStart(String pathId, TableUpdateTransactionRequest req) {
        String id = SynIds.format(SynIds.parse(pathId));
        if (req.getEntityId() != null && SynIds.parse(req.getEntityId()) != SynIds.parse(pathId)) {
            throw ApiException.badRequest("Entity ID in the body: " + req.getEntityId()
                    + " does not match the ID in the URL: " + pathId);
        }
        req.setEntityId(id);
        List<TableUpdateRequest> changes = req.getChanges() == null ? List.of() : req.getChanges();
        if (changes.isEmpty() && !Boolean.TRUE.equals(req.getCreateSnapshot())) {
            throw ApiException.badRequest("TableUpdateTransactionRequest.changes is required and must not be empty.");
        }
        for (TableUpdateRequest ch : changes) {
            if (ch == null) {
                throw ApiException.badRequest("TableUpdateTransactionRequest.changes cannot contain null");
            }
            if (ch.getEntityId() == null) {
                ch.setEntityId(id);
            } else if (SynIds.parse(ch.getEntityId()) != SynIds.parse(id)) {
                throw ApiException.badRequest("EntityId of TableUpdateRequest does not match the requested transaction"
                        + " entityId");
            }
        }
        return req;
    }

    /** Runs the whole transaction for the caller (UPDATE permission required). */
    public TableUpdateTransactionResponse run(Caller caller, TableUpdateTransactionRequest req) {
        long id = SynIds.parse(req.getEntityId());
        TableInfo t = tables.table(caller, id, null, ACCESS_TYPE.UPDATE);
        List<TableUpdateRequest> changes = req.getChanges() == null ? List.of() : req.getChanges();
        List<TableUpdateResponse> results = new ArrayList<>();
        if (!t.isView() && changes.size() > 1 && changes.stream().allMatch(ch -> ch instanceof AppendableRowSetRequest
                || ch instanceof UploadToTableRequest)) {
            results.addAll(appendAll(caller, t, changes));
            changes = List.of();
        }
        for (TableUpdateRequest ch : changes) {
            results.add(apply(caller, t, ch));
            t = tables.table(id, null);
        }
        TableUpdateTransactionResponse out = new TableUpdateTransactionResponse().setResults(results);
        if (Boolean.TRUE.equals(req.getCreateSnapshot())) {
            if (t.isView()) {
                views.ensureAvailable(caller, t);
            }
            out.setSnapshotVersionNumber(snapshots.create(caller, t, req.getSnapshotOptions()));
        }
        return out;
    }

    private TableUpdateResponse apply(Caller caller, TableInfo t, TableUpdateRequest ch) {
        if (ch instanceof TableSchemaChangeRequest s) {
            return schemas.apply(caller, t, s);
        }
        if (ch instanceof AppendableRowSetRequest a) {
            return append(caller, t, a.getToAppend());
        }
        if (ch instanceof UploadToTableRequest u) {
            if (t.isView()) {
                return views.upload(caller, t, csv.changes(caller, t, u));
            }
            return csv.upload(caller, t, u, rows);
        }
        if (ch instanceof TableSearchChangeRequest s) {
            setSearch(caller, t, Boolean.TRUE.equals(s.getSearchEnabled()));
            return new TableSearchChangeResponse().setSearchEnabled(Boolean.TRUE.equals(s.getSearchEnabled()));
        }
        throw ApiException.badRequest("Unsupported TableUpdateRequest: " + ch.getClass().getSimpleName());
    }

    /** Several row changes of a table applied as one unit (one bad value rejects them all). */
    private List<TableUpdateResponse> appendAll(Caller caller, TableInfo t, List<TableUpdateRequest> changes) {
        List<RowChangeApplier.ChangeSet> sets = new ArrayList<>();
        List<CsvRows> open = new ArrayList<>();
        try {
            for (TableUpdateRequest ch : changes) {
                if (ch instanceof UploadToTableRequest u) {
                    CsvRows rowsOfFile = csv.open(caller, t, u);
                    open.add(rowsOfFile);
                    sets.add(new RowChangeApplier.ChangeSet(rowsOfFile, u.getUpdateEtag(), false));
                } else {
                    AppendableRowSet set = checkedSet(t, ((AppendableRowSetRequest) ch).getToAppend());
                    sets.add(set instanceof PartialRowSet p
                            ? new RowChangeApplier.ChangeSet(ChangeSets.fromPartial(p), null)
                            : new RowChangeApplier.ChangeSet(ChangeSets.fromRowSet((RowSet) set, t.columns()),
                            ((RowSet) set).getEtag()));
                }
            }
            List<RowChangeApplier.Result> results = rows.applyAll(t, sets);
            List<TableUpdateResponse> out = new ArrayList<>();
            for (int i = 0; i < changes.size(); i++) {
                RowChangeApplier.Result r = results.get(i);
                out.add(changes.get(i) instanceof UploadToTableRequest
                        ? new UploadToTableResult().setRowsProcessed(r.processed()).setEtag(r.refs().getEtag())
                        : new RowReferenceSetResults().setRowReferenceSet(r.refs()));
            }
            return out;
        } finally {
            for (CsvRows c : open) {
                try {
                    c.close();
                } catch (java.io.IOException e) {
                    // nothing was written to the file; closing a reader cannot lose data
                }
            }
        }
    }

    private static AppendableRowSet checkedSet(TableInfo t, AppendableRowSet toAppend) {
        if (toAppend == null) {
            throw ApiException.badRequest("AppendableRowSetRequest.toAppend is required.");
        }
        if (toAppend.getTableId() != null && SynIds.parse(toAppend.getTableId()) != t.id()) {
            throw ApiException.badRequest("The tableId of the row set (" + toAppend.getTableId()
                    + ") does not match the entity ID of the request (" + t.node().synId() + ")");
        }
        return toAppend;
    }

    /** An {@code AppendableRowSet} applied to a table (row references) or a view (annotation updates). */
    public TableUpdateResponse append(Caller caller, TableInfo t, AppendableRowSet toAppend) {
        checkedSet(t, toAppend);
        if (t.isView()) {
            List<RowChange> changes = toAppend instanceof PartialRowSet p ? ChangeSets.fromPartial(p)
                    : ChangeSets.fromRowSet((RowSet) toAppend, t.columns());
            return views.update(caller, t, toAppend, changes);
        }
        if (toAppend instanceof PartialRowSet p) {
            return new RowReferenceSetResults().setRowReferenceSet(rows.apply(t, ChangeSets.fromPartial(p), null));
        }
        RowSet rs = (RowSet) toAppend;
        return new RowReferenceSetResults().setRowReferenceSet(
                rows.apply(t, ChangeSets.fromRowSet(rs, t.columns()), rs.getEtag()));
    }

    private void setSearch(Caller caller, TableInfo t, boolean enabled) {
        EntityService entities = tables.entities();
        entities.db().write(c -> {
            EntityRecord node = entities.access().live(c, t.id());
            VersionRecord v = entities.version(c, node, null);
            ObjectNode props = v.props().deepCopy();
            props.put("isSearchEnabled", enabled);
            entities.store().updateVersion(c, new VersionRecord(v.nodeId(), v.versionNumber(), v.label(), v.comment(),
                    v.modifiedOn(), v.modifiedBy(), v.fileHandleId(), v.activityId(), props, v.annotationsJson()));
            entities.touch(c, node, caller);
            return null;
        });
    }
}
