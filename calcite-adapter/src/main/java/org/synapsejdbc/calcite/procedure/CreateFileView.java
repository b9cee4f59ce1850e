package org.synapsejdbc.calcite.procedure;

import static org.synapsejdbc.calcite.procedure.ProcedureSpec.column;
import static org.synapsejdbc.calcite.procedure.ProcedureSpec.optional;
import static org.synapsejdbc.calcite.procedure.ProcedureSpec.required;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.sql.type.SqlTypeName;
import org.synapsejdbc.calcite.schema.CatalogChanges;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.async.JobOptions;
import org.synapsejdbc.client.http.Service;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.EntityView;
import org.synapsejdbc.client.model.ListWrapper;
import org.synapsejdbc.client.model.ViewColumnModelRequest;
import org.synapsejdbc.client.model.ViewColumnModelResponse;
import org.synapsejdbc.client.model.ViewEntityType;
import org.synapsejdbc.client.model.ViewScope;

/**
 * {@code create_file_view(parent, name, scope_ids [, view_type_mask, include_annotation_columns])}: creates an
 * entity view the way the Python client's {@code EntityViewSchema} store does: Synapse's default columns for the
 * type mask, plus (unless turned off) one column per annotation found in the scope, duplicates dropped by name.
 */
final class CreateFileView implements SynapseProcedure {
  private static final TypeReference<ListWrapper<ColumnModel>> COLUMN_LIST = new TypeReference<>() {};
  private static final ProcedureSpec SPEC = new ProcedureSpec("create_file_view",
      "Creates an entity view over projects/folders with the default columns (and annotation columns)",
      List.of(required("parent", SqlTypeName.VARCHAR, "id of the project or folder, e.g. syn123"),
          required("name", SqlTypeName.VARCHAR, "view name"),
          required("scope_ids", SqlTypeName.VARCHAR, "containers in scope: JSON array or comma-separated ids"),
          optional("view_type_mask", SqlTypeName.BIGINT, "entity types shown: File=1 (default), Project=2, "
              + "Table=4, Folder=8, View=16, Docker=32, ... (add them up)"),
          optional("include_annotation_columns", SqlTypeName.BOOLEAN, "add a column per annotation in scope "
              + "(default true)")),
      EntityResults.with(column("column_ids", SqlTypeName.VARCHAR, "JSON array of the view's column ids"),
          column("scope_ids", SqlTypeName.VARCHAR, "JSON array of the scope's container ids")));

  @Override
  public ProcedureSpec spec() {
    return SPEC;
  }

  @Override
  public List<Object[]> run(ProcedureArgs args, SynapseClient synapse) {
    String parent = args.entityId(0);
    String name = args.string(1);
    List<String> scope = IdLists.parse(args, 2);
    Long maskArg = args.optLong(3);
    long mask = maskArg == null ? 1L : maskArg;
    if (mask < 1 || mask > 0x3FF) {
      throw args.invalid(3, "must be a combination of the view type bits 1..512, not " + mask);
    }
    boolean annotations = args.optBoolean(4, true);
    Map<String, ColumnModel> columns = new LinkedHashMap<>();
    for (ColumnModel c : Calls.synapse("read the default view columns", () -> defaults(synapse, mask))) {
      columns.putIfAbsent(c.getName(), c);
    }
    if (annotations) {
      for (ColumnModel c : Calls.synapse("list the annotation columns of the scope",
          () -> annotationColumns(synapse, scope, mask))) {
        columns.putIfAbsent(c.getName(), c);
      }
    }
    List<ColumnModel> withoutId = columns.values().stream().filter(c -> c.getId() == null).toList();
    List<ColumnModel> created = withoutId.isEmpty() ? List.of()
        : Calls.synapse("create the view's columns", () -> synapse.columns().createBatch(withoutId));
    List<String> ids = new ArrayList<>();
    columns.values().stream().filter(c -> c.getId() != null).forEach(c -> ids.add(c.getId()));
    created.forEach(c -> ids.add(c.getId()));
    EntityView view = new EntityView().setParentId(parent).setName(name).setColumnIds(ids).setScopeIds(scope)
        .setViewTypeMask(mask);
    EntityView stored = Calls.synapse("create view '" + name + "' in " + parent,
        () -> synapse.entities().create(view));
    CatalogChanges.childrenChanged(synapse, parent);
    return List.<Object[]>of(EntityResults.row(stored, "created", IdLists.json(stored.getColumnIds()),
        IdLists.json(stored.getScopeIds())));
  }

  private static List<ColumnModel> defaults(SynapseClient synapse, long mask) {
    ListWrapper<ColumnModel> list = synapse.transport().get(Service.REPO, "/column/tableview/defaults")
        .query("viewEntityType", ViewEntityType.entityview).query("viewTypeMask", mask).as(COLUMN_LIST);
    return list.getList() == null ? List.of() : list.getList();
  }

  private static List<ColumnModel> annotationColumns(SynapseClient synapse, List<String> scope, long mask) {
    List<ColumnModel> out = new ArrayList<>();
    String token = null;
    do {
      ViewColumnModelRequest request = new ViewColumnModelRequest().setViewScope(new ViewScope().setScope(scope)
          .setViewEntityType(ViewEntityType.entityview).setViewTypeMask(mask)).setNextPageToken(token);
      ViewColumnModelResponse page = synapse.jobs().run(Service.REPO, "/column/view/scope/async", request, true,
          ViewColumnModelResponse.class, JobOptions.defaults());
      if (page.getResults() != null) {
        out.addAll(page.getResults());
      }
      token = page.getNextPageToken();
    } while (token != null);
    return out;
  }
}
