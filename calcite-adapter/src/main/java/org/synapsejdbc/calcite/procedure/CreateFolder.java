package org.synapsejdbc.calcite.procedure;

import static org.synapsejdbc.calcite.procedure.ProcedureSpec.optional;
import static org.synapsejdbc.calcite.procedure.ProcedureSpec.required;

import java.util.List;
import org.apache.calcite.sql.type.SqlTypeName;
import org.synapsejdbc.calcite.schema.CatalogChanges;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.model.Folder;

/** {@code create_folder(parent, name [, description])}: creates a folder in a project or folder. */
final class CreateFolder implements SynapseProcedure {
  private static final ProcedureSpec SPEC = new ProcedureSpec("create_folder",
      "Creates a folder in a project or folder; fails with SQLState 40002 if the name is taken in the parent",
      List.of(required("parent", SqlTypeName.VARCHAR, "id of the project or folder, e.g. syn123"),
          required("name", SqlTypeName.VARCHAR, "folder name"),
          optional("description", SqlTypeName.VARCHAR, "folder description")),
      EntityResults.COLUMNS);

  @Override
  public ProcedureSpec spec() {
    return SPEC;
  }

  @Override
  public List<Object[]> run(ProcedureArgs args, SynapseClient synapse) {
    String parent = args.entityId(0);
    String name = args.string(1);
    Folder folder = new Folder().setParentId(parent).setName(name).setDescription(args.optString(2));
    Folder created = Calls.synapse("create folder '" + name + "' in " + parent,
        () -> synapse.entities().create(folder));
    CatalogChanges.childrenChanged(synapse, parent);
    return List.<Object[]>of(EntityResults.row(created, "created"));
  }
}
