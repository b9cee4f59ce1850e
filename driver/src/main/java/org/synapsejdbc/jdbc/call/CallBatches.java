package org.synapsejdbc.jdbc.call;

import java.util.List;
import org.apache.calcite.avatica.AvaticaClientRuntimeException;
import org.synapsejdbc.calcite.error.SynapseSqlStates;

/**
 * Decides how a JDBC batch of SQL texts that contains {@code CALL}s runs: a batch of calls only runs each call in
 * turn; a mix of calls and other statements is refused (SQLState 0A000), since the row changes of a batch are sent
 * together at its end and would no longer run in the order given.
 */
public final class CallBatches {
  private CallBatches() {
  }

  /**
   * Whether {@code sqlCommands} are all calls (true), none (false); throws {@link AvaticaClientRuntimeException}
   * (SQLState 0A000, which Avatica keeps) for a mix.
   */
  public static boolean allCalls(List<String> sqlCommands) {
    long calls = sqlCommands.stream().filter(CallParser::isCall).count();
    if (calls > 0 && calls < sqlCommands.size()) {
      throw CallErrors.of(SynapseSqlStates.UNSUPPORTED,
          "A batch cannot mix CALL with other statements: run the calls in a batch of "
          + "their own, or execute them one by one");
    }
    return calls > 0;
  }
}
