package org.apache.calcite.jdbc;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;
import java.util.List;
import org.apache.calcite.avatica.AvaticaConnection;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.avatica.NoSuchStatementException;
import org.apache.calcite.avatica.remote.TypedValue;
import org.apache.calcite.runtime.Hook;
import org.apache.calcite.server.CalciteServerStatement;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.tools.FrameworkConfig;
import org.apache.calcite.tools.Frameworks;
import org.apache.calcite.util.Holder;
import org.apache.calcite.util.Pair;
import org.synapsejdbc.jdbc.meta.PlanCache;

/**
 * Bridge that lets the Synapse driver subclass {@link CalciteMetaImpl}: its constructor takes the package-private
 * {@code CalciteConnectionImpl}, and a batch of {@code CALL}s needs its package-private statement access (the
 * signature Calcite prepared, and running it), and preparing through the connection's {@link PlanCache} needs its
 * package-private parse entry point. Nothing else lives here.
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

  private final PlanCache plans = new PlanCache(PlanCache.DEFAULT_CAPACITY);

  protected SynapseMetaBase(AvaticaConnection connection) {
    super((CalciteConnectionImpl) connection, CalciteMetaTableFactoryImpl.INSTANCE,
        CalciteMetaColumnFactoryImpl.INSTANCE);
  }

  /** As Calcite's, but a query this connection has run before reuses its plan (see {@link PlanCache}). */
  @Override
  public ExecuteResult prepareAndExecute(StatementHandle h, String sql, long maxRowCount, int maxRowsInFirstFrame,
      PrepareCallback callback) throws NoSuchStatementException {
    CalcitePrepare.CalciteSignature<Object> signature;
    int updateCount;
    try {
      synchronized (callback.getMonitor()) {
        callback.clear();
        CalciteServerStatement statement = getConnection().server.getStatement(h);
        signature = plan(statement.createPrepareContext(), sql, maxRowCount);
        statement.setSignature(signature);
        updateCount = isDdl(signature.statementType) ? 0 : -1;
        callback.assign(signature, null, updateCount);
      }
      callback.execute();
    } catch (SQLException e) {
      throw new RuntimeException(e);
    }
    return new ExecuteResult(List.of(MetaResultSet.create(h.connectionId, h.id, false, signature, null,
        updateCount)));
  }

  private static boolean isDdl(Meta.StatementType type) {
    return type == Meta.StatementType.CREATE || type == Meta.StatementType.DROP || type == Meta.StatementType.ALTER
        || type == Meta.StatementType.OTHER_DDL;
  }

  private CalcitePrepare.CalciteSignature<Object> plan(CalcitePrepare.Context context, String sql, long maxRowCount) {
    PlanCache.Key key = new PlanCache.Key(sql, maxRowCount, context.getDefaultSchemaPath());
    Holder<CalcitePrepare.Query<Object>> query = Holder.empty();
    // A test hook may rewrite the text into another query; such a statement is not cached under its text.
    return plans.plan(key, context.getRootSchema(), () -> {
      query.set(toQuery(context, sql));
      return getConnection().parseQuery(query.get(), context, maxRowCount);
    }, () -> sql.equals(query.get().sql));
  }

  /** The statement as Calcite's own {@code toQuery} makes it, giving {@link Hook#STRING_TO_QUERY} its chance. */
  private static CalcitePrepare.Query<Object> toQuery(CalcitePrepare.Context context, String sql) {
    Holder<CalcitePrepare.Query<Object>> holder = Holder.of(CalcitePrepare.Query.of(sql));
    FrameworkConfig config = Frameworks.newConfigBuilder().parserConfig(SqlParser.Config.DEFAULT)
        .defaultSchema(context.getRootSchema().plus()).build();
    Hook.STRING_TO_QUERY.run(Pair.of(config, holder));
    return holder.get();
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
