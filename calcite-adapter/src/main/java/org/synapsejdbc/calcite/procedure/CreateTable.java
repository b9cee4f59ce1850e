package org.synapsejdbc.calcite.procedure;

import static org.synapsejdbc.calcite.procedure.ProcedureSpec.column;
import static org.synapsejdbc.calcite.procedure.ProcedureSpec.required;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import org.apache.calcite.sql.type.SqlTypeName;
import org.synapsejdbc.calcite.schema.CatalogChanges;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.SynapseJson;
import org.synapsejdbc.client.model.TableEntity;

/** {@code create_table(parent, name, columns_json)}: creates the column models, then an empty table. */
final class CreateTable implements SynapseProcedure {
  private static final ProcedureSpec SPEC = new ProcedureSpec("create_table",
      "Creates an empty Synapse table with the given columns",
      List.of(required("parent", SqlTypeName.VARCHAR, "id of the project or folder, e.g. syn123"),
          required("name", SqlTypeName.VARCHAR, "table name"),
          required("columns_json", SqlTypeName.VARCHAR, "JSON array of Synapse column models, e.g. "
              + "[{\"name\":\"a\",\"columnType\":\"STRING\",\"maximumSize\":50},{\"name\":\"n\","
              + "\"columnType\":\"INTEGER\"}]")),
      EntityResults.with(column("column_ids", SqlTypeName.VARCHAR, "JSON array of the table's column ids")));

  @Override
  public ProcedureSpec spec() {
    return SPEC;
  }

  @Override
  public List<Object[]> run(ProcedureArgs args, SynapseClient synapse) {
    String parent = args.entityId(0);
    String name = args.string(1);
    List<ColumnModel> columns;
    try {
      columns = SynapseJson.mapper().readValue(args.string(2), new TypeReference<List<ColumnModel>>() {});
    } catch (java.io.IOException e) {
      throw args.invalid(2, "is not a JSON array of column models: " + e.getMessage());
    }
    if (columns == null || columns.isEmpty()) {
      throw args.invalid(2, "must list at least one column");
    }
    // Column models are global and immutable; creating them first writes nothing visible if the table fails.
    List<ColumnModel> created = Calls.synapse("create the columns of table '" + name + "'",
        () -> synapse.columns().createBatch(columns));
    List<String> ids = created.stream().map(ColumnModel::getId).toList();
    TableEntity table = new TableEntity().setParentId(parent).setName(name).setColumnIds(ids);
    TableEntity stored = Calls.synapse("create table '" + name + "' in " + parent,
        () -> synapse.entities().create(table));
    CatalogChanges.childrenChanged(synapse, parent);
    return List.<Object[]>of(EntityResults.row(stored, "created", IdLists.json(stored.getColumnIds())));
  }
}
