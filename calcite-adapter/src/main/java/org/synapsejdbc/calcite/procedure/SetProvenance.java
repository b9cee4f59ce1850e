package org.synapsejdbc.calcite.procedure;

import static org.synapsejdbc.calcite.procedure.ProcedureSpec.column;
import static org.synapsejdbc.calcite.procedure.ProcedureSpec.optional;
import static org.synapsejdbc.calcite.procedure.ProcedureSpec.required;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.type.SqlTypeName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.error.SynapseException;
import org.synapsejdbc.client.model.Activity;
import org.synapsejdbc.client.model.Entity;
import org.synapsejdbc.client.model.Used;
import org.synapsejdbc.client.model.Versionable;

/**
 * {@code set_provenance(id, used, executed [, activity_name, description])}: records how the current version of
 * an entity was made, as the Python client's {@code syn.store(e, used=..., executed=...)} does: a new activity,
 * then the entity's generatedBy link. If linking fails, the new activity is deleted again.
 */
final class SetProvenance implements SynapseProcedure {
  private static final Logger LOG = LoggerFactory.getLogger(SetProvenance.class);
  private static final ProcedureSpec SPEC = new ProcedureSpec("set_provenance",
      "Records the provenance (activity with used and executed entities/URLs) of an entity's current version",
      List.of(required("id", SqlTypeName.VARCHAR, "id of the entity, e.g. syn123"),
          optional("used", SqlTypeName.VARCHAR, "inputs: JSON array or comma-separated list of syn123, "
              + "syn123.4 or URLs"),
          optional("executed", SqlTypeName.VARCHAR, "code that was run: same forms as used"),
          optional("activity_name", SqlTypeName.VARCHAR, "name of the activity"),
          optional("description", SqlTypeName.VARCHAR, "description of the activity")),
      List.of(column("id", SqlTypeName.VARCHAR, "id of the entity"),
          column("version_number", SqlTypeName.BIGINT, "version the provenance belongs to"),
          column("etag", SqlTypeName.VARCHAR, "etag of the entity after the change"),
          column("activity_id", SqlTypeName.VARCHAR, "id of the new activity"),
          column("activity_name", SqlTypeName.VARCHAR, "name of the activity"),
          column("used_count", SqlTypeName.BIGINT, "number of used and executed references")));

  @Override
  public ProcedureSpec spec() {
    return SPEC;
  }

  @Override
  public List<Object[]> run(ProcedureArgs args, SynapseClient synapse) {
    String id = args.entityId(0);
    List<Used> used = new ArrayList<>(UsedList.parse(args, 1, false));
    used.addAll(UsedList.parse(args, 2, true));
    if (used.isEmpty()) {
      throw args.invalid(1, "and 'executed' are both empty: give at least one input or executed item");
    }
    String name = args.optString(3);
    Calls.synapse("read " + id, () -> synapse.entities().get(id));
    Activity activity = Calls.synapse("create the activity for " + id, () -> synapse.activities()
        .create(new Activity().setName(name).setDescription(args.optString(4)).setUsed(used)));
    try {
      Calls.synapse("link " + id + " to activity " + activity.getId(),
          () -> synapse.activities().setGeneratedBy(id, activity.getId()));
    } catch (ProcedureException e) {
      deleteQuietly(synapse, activity.getId(), e);
      throw e;
    }
    Entity entity = Calls.synapse("read " + id, () -> synapse.entities().get(id));
    return List.<Object[]>of(new Object[] {id,
        entity instanceof Versionable v ? v.getVersionNumber() : null, entity.getEtag(), activity.getId(),
        activity.getName(), (long) used.size()});
  }

  private static void deleteQuietly(SynapseClient synapse, String activityId, Exception cause) {
    try {
      synapse.activities().delete(activityId);
    } catch (SynapseException e) {
      cause.addSuppressed(e);
      LOG.warn("Could not delete the unlinked activity {}: {}", activityId, e.getMessage());
    }
  }
}
