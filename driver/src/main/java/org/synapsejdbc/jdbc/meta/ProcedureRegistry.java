package org.synapsejdbc.jdbc.meta;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The procedures of one connection, filled by schema installers and listed by the connection's metadata. */
public final class ProcedureRegistry {
  private final List<ProcedureInfo> procedures = new CopyOnWriteArrayList<>();

  /** Adds a procedure; names are unique per schema. */
  public void register(ProcedureInfo procedure) {
    if (find(procedure.schema(), procedure.name()) != null) {
      throw new IllegalArgumentException("procedure " + procedure.schema() + "." + procedure.name()
          + " is already registered");
    }
    procedures.add(procedure);
  }

  /** The procedure with this exact schema and name, or null. */
  public ProcedureInfo find(String schema, String name) {
    return procedures.stream().filter(p -> p.schema().equals(schema) && p.name().equals(name)).findFirst()
        .orElse(null);
  }

  /** All procedures, ordered by schema and name as JDBC requires. */
  public List<ProcedureInfo> all() {
    return procedures.stream().sorted(Comparator.comparing(ProcedureInfo::schema).thenComparing(ProcedureInfo::name))
        .toList();
  }
}
