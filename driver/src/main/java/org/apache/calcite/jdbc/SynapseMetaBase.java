package org.apache.calcite.jdbc;

import java.sql.Statement;
import java.util.Iterator;
import java.util.List;
import org.apache.calcite.avatica.AvaticaConnection;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.avatica.NoSuchStatementException;
import org.apache.calcite.avatica.remote.TypedValue;
import org.apache.calcite.schema.SchemaPlus;

/**
 * Bridge that lets the Synapse driver subclass {@link CalciteMetaImpl}: its constructor takes the package-private
 * {@code CalciteConnectionImpl}, and a batch of {@code CALL}s needs its package-private statement access (the
 * signature Calcite prepared, and running it). Nothing else lives here.
 */
public abstract class SynapseMetaBase extends CalciteMetaImpl {
  private static final Meta.PrepareCallback NO_CALLBACK = new Meta.PrepareCallback() {
    @Override
    public Object getMonitor() {
      return this;
    }

    @Override
    public void clear() {
    }

    @Override
    public void assign(Meta.Signature signature, Meta.Frame firstFrame, long updateCount) {
    }

    @Override
    public void execute() {
    }
  };

  protected SynapseMetaBase(AvaticaConnection connection) {
    super((CalciteConnectionImpl) connection, CalciteMetaTableFactoryImpl.INSTANCE,
        CalciteMetaColumnFactoryImpl.INSTANCE);
  }

  /** Whether {@code schema} is Calcite's built-in {@code metadata} schema (not a project of the same name). */
  protected static boolean isCalciteMetadataSchema(SchemaPlus schema) {
    CalciteSchema calciteSchema = schema.unwrap(CalciteSchema.class);
    return calciteSchema != null && calciteSchema.schema == MetadataSchema.INSTANCE;
  }

  /**
   * Runs prepared statement {@code h} once per parameter list when it is a {@code CALL}, reading every result row
   * (a procedure runs when its result is read), and answers {@link Statement#SUCCESS_NO_INFO} for each; null when
   * {@code h} is not a CALL. Calcite's own batch would run only statements that report an update count.
   */
  protected ExecuteBatchResult executeCallBatch(StatementHandle h, List<List<TypedValue>> parameterLists)
      throws NoSuchStatementException {
    Meta.Signature signature = getConnection().server.getStatement(h).getSignature();
    if (signature == null || signature.statementType != Meta.StatementType.CALL) {
      return null;
    }
    long[] counts = new long[parameterLists.size()];
    for (int i = 0; i < counts.length; i++) {
      readAll(h, signature, parameterLists.get(i));
      counts[i] = Statement.SUCCESS_NO_INFO;
    }
    return new ExecuteBatchResult(counts);
  }

  /** Prepares and runs each {@code CALL} text in turn on statement {@code h} (all must be calls). */
  protected ExecuteBatchResult executeCallTexts(StatementHandle h, List<String> calls)
      throws NoSuchStatementException {
    long[] counts = new long[calls.size()];
    for (int i = 0; i < counts.length; i++) {
      prepareAndExecute(h, calls.get(i), -1, -1, NO_CALLBACK);
      ExecuteBatchResult one = executeCallBatch(h, List.of(List.of()));
      if (one == null) {
        throw new IllegalStateException("Not a CALL: " + calls.get(i));
      }
      counts[i] = one.updateCounts[0];
    }
    return new ExecuteBatchResult(counts);
  }

  private void readAll(StatementHandle h, Meta.Signature signature, List<TypedValue> parameters) {
    Iterator<Object> rows = _createIterable(h, signature, parameters, null).iterator();
    try {
      while (rows.hasNext()) {
        rows.next();
      }
    } finally {
      if (rows instanceof AutoCloseable closeable) {
        try {
          closeable.close();
        } catch (Exception e) {
          // The procedure has run; a failure to release its (in-memory) result changes nothing.
        }
      }
    }
  }
}
