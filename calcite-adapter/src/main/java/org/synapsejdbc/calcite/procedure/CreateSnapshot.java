package org.synapsejdbc.calcite.procedure;

import static org.synapsejdbc.calcite.procedure.ProcedureSpec.column;
import static org.synapsejdbc.calcite.procedure.ProcedureSpec.optional;
import static org.synapsejdbc.calcite.procedure.ProcedureSpec.required;

import java.util.List;
import org.apache.calcite.sql.type.SqlTypeName;
import org.synapsejdbc.calcite.error.SynapseSqlStates;
import org.synapsejdbc.calcite.schema.CatalogChanges;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.async.JobOptions;
import org.synapsejdbc.client.model.Entity;
import org.synapsejdbc.client.model.SnapshotRequest;
import org.synapsejdbc.client.model.TableEntity;
import org.synapsejdbc.client.model.TableUpdateTransactionRequest;

/**
 * {@code create_snapshot(table_id [, comment, label])}: freezes the current rows of a table (or view) as a
 * numbered version, queryable afterwards as {@code syn123.N}. Tables use the snapshot route; views a
 * transaction with {@code createSnapshot} and no changes, as Synapse requires.
 */
final class CreateSnapshot implements SynapseProcedure {
  private static final ProcedureSpec SPEC = new ProcedureSpec("create_snapshot",
      "Creates a snapshot version of a table or view",
      List.of(required("table_id", SqlTypeName.VARCHAR, "id of the table or view, e.g. syn123"),
          optional("comment", SqlTypeName.VARCHAR, "version comment"),
          optional("label", SqlTypeName.VARCHAR, "version label")),
      EntityResults.with(column("snapshot_version", SqlTypeName.BIGINT,
          "number of the new snapshot version (query it as syn123.N)")));

  @Override
  public ProcedureSpec spec() {
    return SPEC;
  }

  @Override
  public List<Object[]> run(ProcedureArgs args, SynapseClient synapse) {
    String id = args.entityId(0);
    SnapshotRequest request = new SnapshotRequest().setSnapshotComment(args.optString(1))
        .setSnapshotLabel(args.optString(2));
    Entity entity = Calls.synapse("read " + id, () -> synapse.entities().get(id));
    Long version;
    if (entity instanceof TableEntity) {
      version = Calls.synapse("snapshot " + id, () -> synapse.tables().snapshot(id, request))
          .getSnapshotVersionNumber();
    } else if (EntityResults.type(entity).endsWith("view") || EntityResults.type(entity).startsWith("dataset")) {
      TableUpdateTransactionRequest tx = new TableUpdateTransactionRequest().setEntityId(id)
          .setChanges(List.of()).setCreateSnapshot(true).setSnapshotOptions(request);
      version = Calls.synapse("snapshot " + id, () -> synapse.tables().transaction(id, tx, JobOptions.defaults()))
          .getSnapshotVersionNumber();
    } else {
      throw new ProcedureException(SynapseSqlStates.DATA,
          "create_snapshot: " + id + " is a " + EntityResults.type(entity)
          + "; only tables and views have snapshots");
    }
    CatalogChanges.entityChanged(synapse, id);
    Entity after = Calls.synapse("read " + id, () -> synapse.entities().get(id));
    return List.<Object[]>of(EntityResults.row(after, "snapshot", version));
  }
}
