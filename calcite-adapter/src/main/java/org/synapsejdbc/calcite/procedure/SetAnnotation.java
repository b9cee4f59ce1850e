package org.synapsejdbc.calcite.procedure;

import static org.synapsejdbc.calcite.procedure.ProcedureSpec.optional;
import static org.synapsejdbc.calcite.procedure.ProcedureSpec.required;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.sql.type.SqlTypeName;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.model.AnnotationsValue;

/** {@code set_annotation(id, key, value [, type])}: sets (or, with a NULL value, removes) one annotation. */
final class SetAnnotation implements SynapseProcedure {
  private static final ProcedureSpec SPEC = new ProcedureSpec("set_annotation",
      "Sets one annotation of an entity (NULL value removes it), keeping the others",
      List.of(required("id", SqlTypeName.VARCHAR, "id of the entity, e.g. syn123"),
          required("key", SqlTypeName.VARCHAR, "annotation name (letters, digits, '_', '.', ',')"),
          required("value", SqlTypeName.VARCHAR, "the value; NULL removes the annotation"),
          optional("type", SqlTypeName.VARCHAR, "STRING (default), LONG, DOUBLE, BOOLEAN or TIMESTAMP_MS "
              + "(epoch ms or ISO-8601)")),
      AnnotationWriter.COLUMNS);

  @Override
  public ProcedureSpec spec() {
    return SPEC;
  }

  @Override
  public List<Object[]> run(ProcedureArgs args, SynapseClient synapse) {
    String id = args.entityId(0);
    String key = args.string(1);
    AnnotationsValue value = AnnotationValues.single(args, 2, 3, key);
    Map<String, AnnotationsValue> change = new HashMap<>();
    change.put(key, value);
    return AnnotationWriter.apply(synapse, id, change, false);
  }
}
