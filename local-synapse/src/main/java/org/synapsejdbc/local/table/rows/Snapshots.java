package org.synapsejdbc.local.table.rows;

import java.time.Instant;
import java.util.UUID;
import org.synapsejdbc.client.model.SnapshotRequest;
import org.synapsejdbc.local.entity.EntityRecord;
import org.synapsejdbc.local.entity.EntityService;
import org.synapsejdbc.local.entity.VersionRecord;
import org.synapsejdbc.local.http.ApiException;
import org.synapsejdbc.local.http.Caller;
import org.synapsejdbc.local.http.WireDates;
import org.synapsejdbc.local.sql.h2.PhysicalLayout;
import org.synapsejdbc.local.table.TableIndexDb;
import org.synapsejdbc.local.table.TableInfo;

/**
 * Table and view snapshots: the current version N is frozen (its rows copied to the read-only
 * {@code syn<id>.N}, its label and comment set) and a new version N+1 labelled "in progress" becomes current.
 */
public final class Snapshots {

    public static final String IN_PROGRESS = "in progress";

    private final EntityService entities;
    private final TableIndexDb index;
    private final IndexSchemaSync sync;

    public Snapshots(EntityService entities, TableIndexDb index, IndexSchemaSync sync) {
        this.entities = entities;
        this.index = index;
        this.sync = sync;
    }

    /** Creates the snapshot and returns its version number. */
    public long create(Caller caller, TableInfo t, SnapshotRequest options) {
        if (t.snapshot()) {
            throw ApiException.badRequest("Cannot create a snapshot of a snapshot: " + t.schema().displayId());
        }
        SnapshotRequest opts = options == null ? new SnapshotRequest() : options;
        long n = t.version().versionNumber();
        index.write(c -> {
            sync.ensure(c, t.id(), t.columns());
            PhysicalLayout.execute(c, PhysicalLayout.dropTable(t.id(), n, t.columns()));
            PhysicalLayout.execute(c, PhysicalLayout.createSnapshot(t.id(), n, t.columns()));
            return null;
        });
        entities.db().write(c -> {
            EntityRecord node = entities.access().live(c, t.id());
            VersionRecord v = entities.version(c, node, n);
            Instant now = WireDates.now();
            String label = opts.getSnapshotLabel() != null ? opts.getSnapshotLabel() : Long.toString(n);
            Long activity = opts.getSnapshotActivityId() == null ? v.activityId()
                    : Long.valueOf(opts.getSnapshotActivityId());
            entities.store().updateVersion(c, new VersionRecord(v.nodeId(), n, label, opts.getSnapshotComment(), now,
                    caller.userId(), v.fileHandleId(), activity, v.props(), v.annotationsJson()));
            entities.store().insertVersion(c, new VersionRecord(v.nodeId(), n + 1, IN_PROGRESS, null, now,
                    caller.userId(), v.fileHandleId(), null, v.props().deepCopy(), v.annotationsJson()));
            entities.store().updateNode(c, new EntityRecord(node.id(), node.name(), node.parentId(), node.kind(),
                    UUID.randomUUID().toString(), node.createdOn(), node.createdBy(), now, caller.userId(), n + 1,
                    node.description(), false));
            return null;
        });
        return n;
    }
}
