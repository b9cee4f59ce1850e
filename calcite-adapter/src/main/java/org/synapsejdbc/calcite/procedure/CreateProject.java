package org.synapsejdbc.calcite.procedure;

import static org.synapsejdbc.calcite.procedure.ProcedureSpec.optional;
import static org.synapsejdbc.calcite.procedure.ProcedureSpec.required;

import java.util.List;
import org.apache.calcite.sql.type.SqlTypeName;
import org.synapsejdbc.calcite.schema.CatalogChanges;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.model.Project;

/** {@code create_project(name [, description])}: creates a project (project names are unique in Synapse). */
final class CreateProject implements SynapseProcedure {
  private static final ProcedureSpec SPEC = new ProcedureSpec("create_project",
      "Creates a Synapse project; fails with SQLState 40002 if a project with that name exists",
      List.of(required("name", SqlTypeName.VARCHAR, "project name, unique across Synapse"),
          optional("description", SqlTypeName.VARCHAR, "project description")),
      EntityResults.COLUMNS);

  @Override
  public ProcedureSpec spec() {
    return SPEC;
  }

  @Override
  public List<Object[]> run(ProcedureArgs args, SynapseClient synapse) {
    String name = args.string(0);
    Project project = new Project().setName(name).setDescription(args.optString(1));
    Project created = Calls.synapse("create project '" + name + "'", () -> synapse.entities().create(project));
    CatalogChanges.projectsChanged(synapse);
    return List.<Object[]>of(EntityResults.row(created, "created"));
  }
}
