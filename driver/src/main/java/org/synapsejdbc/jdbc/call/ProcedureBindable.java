package org.synapsejdbc.jdbc.call;

import java.sql.SQLException;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.runtime.Bindable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synapsejdbc.calcite.procedure.ProcedureArgs;
import org.synapsejdbc.calcite.procedure.ProcedureException;
import org.synapsejdbc.calcite.procedure.SynapseProcedure;
import org.synapsejdbc.client.SynapseClient;

/**
 * Runs a procedure when a prepared CALL is executed (once per execution, never while preparing): reads the
 * {@code ?} values from the statement's data context and returns the procedure's result rows.
 */
final class ProcedureBindable implements Bindable<Object[]> {
  private static final Logger LOG = LoggerFactory.getLogger(ProcedureBindable.class);

  private final SynapseProcedure procedure;
  private final List<CallArg> args;

  ProcedureBindable(SynapseProcedure procedure, List<CallArg> args) {
    this.procedure = procedure;
    this.args = args;
  }

  @Override
  public Enumerable<Object[]> bind(DataContext dataContext) {
    Object[] values = new Object[args.size()];
    for (int i = 0; i < values.length; i++) {
      CallArg a = args.get(i);
      values[i] = a.isParameter() ? dataContext.get("?" + a.parameterIndex()) : a.value();
    }
    ProcedureArgs procedureArgs = new ProcedureArgs(procedure.spec(), values);
    try {
      SynapseClient synapse = ConnectionClients.of(dataContext.getQueryProvider());
      LOG.debug("CALL {}", procedure.spec().name());
      List<Object[]> rows = procedure.run(procedureArgs, synapse);
      return Linq4j.asEnumerable(rows);
    } catch (ProcedureException e) {
      LOG.debug("CALL {} failed: {}", procedure.spec().name(), e.getMessage());
      throw CallErrors.of(e.sqlState(), e.getMessage());
    } catch (SQLException e) {
      throw CallErrors.of(e);
    }
  }
}
