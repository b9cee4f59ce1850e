package org.synapsejdbc.calcite.procedure;

import org.synapsejdbc.calcite.error.SynapseSqlStates;
import org.synapsejdbc.client.error.SynapseException;

/** Turns a Synapse failure into a {@link ProcedureException} whose message keeps Synapse's reason. */
public final class SynapseErrors {
  private SynapseErrors() {
  }

  /** @param action what was being done, e.g. "create folder 'Data' in syn123" */
  public static ProcedureException translate(SynapseException e, String action) {
    String reason = SynapseSqlStates.reason(e);
    String message = "Could not " + action + ": " + reason + (e.status() > 0 ? " (HTTP " + e.status() + ")" : "");
    return new ProcedureException(sqlState(e), message, e);
  }

  static String sqlState(SynapseException e) {
    // A 400 here is an argument Synapse refused (e.g. an empty file).
    return SynapseSqlStates.of(e, SynapseSqlStates.INVALID_PARAMETER);
  }
}
