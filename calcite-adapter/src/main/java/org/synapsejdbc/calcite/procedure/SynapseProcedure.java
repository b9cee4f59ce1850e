package org.synapsejdbc.calcite.procedure;

import java.util.List;
import org.synapsejdbc.client.SynapseClient;

/**
 * A side-effecting Synapse operation callable with {@code CALL}: it runs once per execution (never while a
 * statement is prepared) and describes what it did as result rows laid out as {@link ProcedureSpec#results()}.
 */
public interface SynapseProcedure {
  ProcedureSpec spec();

  /**
   * Runs the procedure. Problems are reported as {@link ProcedureException}s carrying an SQLState; the
   * procedure validates its arguments before it writes anything.
   */
  List<Object[]> run(ProcedureArgs args, SynapseClient synapse);
}
