package org.synapsejdbc.calcite.procedure;

import java.util.function.Supplier;
import org.synapsejdbc.client.error.SynapseException;

/** Runs one Synapse request on behalf of a procedure, translating its failure with a description of the step. */
final class Calls {
  private Calls() {
  }

  static <T> T synapse(String action, Supplier<T> request) {
    try {
      return request.get();
    } catch (SynapseException e) {
      throw SynapseErrors.translate(e, action);
    }
  }

  static void synapse(String action, Runnable request) {
    try {
      request.run();
    } catch (SynapseException e) {
      throw SynapseErrors.translate(e, action);
    }
  }
}
