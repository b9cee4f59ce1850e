package org.synapsejdbc.calcite.procedure;

import static org.synapsejdbc.calcite.procedure.ProcedureSpec.optional;
import static org.synapsejdbc.calcite.procedure.ProcedureSpec.required;

import java.util.List;
import org.apache.calcite.sql.type.SqlTypeName;
import org.synapsejdbc.client.SynapseClient;

/** {@code set_annotations(id, json [, replace])}: sets several annotations of an entity at once. */
final class SetAnnotations implements SynapseProcedure {
  private static final ProcedureSpec SPEC = new ProcedureSpec("set_annotations",
      "Sets annotations of an entity from a JSON object (merged into the existing ones unless replace is true)",
      List.of(required("id", SqlTypeName.VARCHAR, "id of the entity, e.g. syn123"),
          required("json", SqlTypeName.VARCHAR, "JSON object: {\"k\":\"v\",\"n\":1,\"tags\":[\"a\",\"b\"]} "
              + "or Synapse's {\"k\":{\"type\":\"LONG\",\"value\":[\"1\"]}}; null removes a key"),
          optional("replace", SqlTypeName.BOOLEAN, "true: the JSON becomes the complete set (default false)")),
      AnnotationWriter.COLUMNS);

  @Override
  public ProcedureSpec spec() {
    return SPEC;
  }

  @Override
  public List<Object[]> run(ProcedureArgs args, SynapseClient synapse) {
    String id = args.entityId(0);
    var changes = AnnotationValues.parseObject(args, 1);
    boolean replace = args.optBoolean(2, false);
    return AnnotationWriter.apply(synapse, id, changes, replace);
  }
}
