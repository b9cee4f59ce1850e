package org.synapsejdbc.calcite.procedure;

import static org.synapsejdbc.calcite.procedure.ProcedureSpec.required;

import java.util.List;
import org.apache.calcite.sql.type.SqlTypeName;
import org.synapsejdbc.calcite.schema.CatalogChanges;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.model.Entity;
import org.synapsejdbc.client.model.Project;

/** {@code delete_entity(id)}: moves an entity (and its children) to the trash can, as the web UI does. */
final class DeleteEntity implements SynapseProcedure {
  private static final ProcedureSpec SPEC = new ProcedureSpec("delete_entity",
      "Moves an entity and its children to the trash can (restorable from the Synapse web UI)",
      List.of(required("id", SqlTypeName.VARCHAR, "id of the entity, e.g. syn123")),
      EntityResults.COLUMNS);

  @Override
  public ProcedureSpec spec() {
    return SPEC;
  }

  @Override
  public List<Object[]> run(ProcedureArgs args, SynapseClient synapse) {
    String id = args.entityId(0);
    Entity entity = Calls.synapse("read " + id, () -> synapse.entities().get(id));
    Calls.synapse("delete " + id, () -> synapse.entities().delete(id));
    if (entity instanceof Project) {
      CatalogChanges.projectsChanged(synapse);
    }
    CatalogChanges.entityChanged(synapse, id);
    return List.<Object[]>of(EntityResults.row(entity, "trashed"));
  }
}
