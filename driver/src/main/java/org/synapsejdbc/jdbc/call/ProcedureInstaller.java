package org.synapsejdbc.jdbc.call;

import java.util.List;
import org.synapsejdbc.calcite.procedure.ProcedureSpec;
import org.synapsejdbc.calcite.procedure.SynapseProcedure;
import org.synapsejdbc.calcite.procedure.SynapseProcedures;
import org.synapsejdbc.jdbc.SchemaInstallContext;
import org.synapsejdbc.jdbc.SchemaInstaller;
import org.synapsejdbc.jdbc.meta.ProcedureInfo;

/**
 * Makes the procedures available on every connection: lists them in the connection's procedure registry (for
 * {@code getProcedures}/{@code getProcedureColumns}) and registers the connection's shared Synapse client for
 * {@code CALL}. Needs nothing from the other installers.
 */
public final class ProcedureInstaller implements SchemaInstaller {
  @Override
  public AutoCloseable install(SchemaInstallContext context) {
    for (SynapseProcedure p : SynapseProcedures.all()) {
      context.procedures().register(info(p.spec()));
    }
    return ConnectionClients.register(context.connection(), context.client());
  }

  static ProcedureInfo info(ProcedureSpec spec) {
    List<ProcedureInfo.Column> params = spec.params().stream()
        .map(p -> new ProcedureInfo.Column(p.name(), p.type(), !p.required(), p.remarks())).toList();
    List<ProcedureInfo.Column> results = spec.results().stream()
        .map(c -> new ProcedureInfo.Column(c.name(), c.type(), true, c.remarks())).toList();
    return new ProcedureInfo(SynapseProcedures.SCHEMA, spec.name(), spec.remarks(), params, results);
  }
}
