package org.apache.calcite.jdbc;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.avatica.AvaticaConnection;
import org.apache.calcite.avatica.AvaticaStatement;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.avatica.MetaImpl;
import org.apache.calcite.avatica.NoSuchStatementException;
import org.apache.calcite.avatica.remote.TypedValue;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.linq4j.QueryProvider;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.server.CalciteServerStatement;

/**
 * Runs a prepared INSERT, UPDATE or DELETE once per parameter set of a JDBC batch, as Calcite's own
 * {@code executeBatch} does, but with one data context for the whole batch whose parameters are swapped for each
 * set: Calcite builds a new context for every execution (re-reading every connection setting), which costs more than
 * running the generated code of a one-row {@code INSERT ... VALUES (?, ...)}. Like one statement, the batch sees
 * one {@code CURRENT_TIMESTAMP}.
 */
public final class ParameterBatches {
  private ParameterBatches() {
  }

  /**
   * The update counts of running statement {@code h} with each of {@code parameterLists}; null when the statement
   * is not a prepared DML statement or a parameter is unbound (Calcite's own path then runs it and reports that).
   */
  public static Meta.ExecuteBatchResult execute(AvaticaConnection connection, Meta.StatementHandle h,
      List<List<TypedValue>> parameterLists) throws NoSuchStatementException {
    CalciteConnectionImpl calcite = (CalciteConnectionImpl) connection;
    CalciteServerStatement statement = calcite.server.getStatement(h);
    Meta.Signature signature = statement.getSignature();
    if (!(signature instanceof CalcitePrepare.CalciteSignature<?> prepared) || !isDml(signature.statementType)
        || parameterLists.isEmpty()) {
      return null;
    }
    for (List<TypedValue> values : parameterLists) {
      if (values.isEmpty() || MetaImpl.checkParameterValueHasNull(values)) {
        return null;
      }
    }
    Map<String, Object> fixed = new LinkedHashMap<>(signature.internalParameters);
    fixed.put(DataContext.Variable.CANCEL_FLAG.camelName, calcite.getCancelFlag(h));
    AvaticaStatement jdbcStatement = calcite.statementMap.get(h.id);
    int timeout = jdbcStatement == null ? 0 : queryTimeout(jdbcStatement);
    if (timeout > 0 && timeout < Integer.MAX_VALUE / 1000) {
      fixed.put(DataContext.Variable.TIMEOUT.camelName, timeout * 1000L);
    }
    SwappedParameters context = new SwappedParameters(calcite.createDataContext(fixed, prepared.rootSchema));
    long[] counts = new long[parameterLists.size()];
    for (int i = 0; i < counts.length; i++) {
      context.use(parameterLists.get(i));
      try (Enumerator<?> e = prepared.enumerable(context).enumerator()) {
        counts[i] = e.moveNext() && e.current() instanceof Number n ? n.longValue() : -1L;
      }
    }
    return new Meta.ExecuteBatchResult(counts);
  }

  private static boolean isDml(Meta.StatementType type) {
    switch (type) {
      case INSERT:
      case UPDATE:
      case DELETE:
      case UPSERT:
      case IS_DML:
        return true;
      default:
        return false;
    }
  }

  private static int queryTimeout(AvaticaStatement statement) {
    try {
      return statement.getQueryTimeout();
    } catch (java.sql.SQLException e) {
      return 0;
    }
  }

  /** Calcite's data context of the batch with the current parameter set's values in place of its {@code ?n}. */
  private static final class SwappedParameters implements DataContext {
    private final DataContext base;
    private final Map<String, Object> parameters = new HashMap<>();

    SwappedParameters(DataContext base) {
      this.base = base;
    }

    void use(List<TypedValue> values) {
      parameters.clear();
      for (int i = 0; i < values.size(); i++) {
        parameters.put("?" + i, values.get(i).toLocal());
      }
    }

    @Override
    public SchemaPlus getRootSchema() {
      return base.getRootSchema();
    }

    @Override
    public JavaTypeFactory getTypeFactory() {
      return base.getTypeFactory();
    }

    @Override
    public QueryProvider getQueryProvider() {
      return base.getQueryProvider();
    }

    @Override
    public Object get(String name) {
      if (name.startsWith("?")) {
        return parameters.get(name);
      }
      return base.get(name);
    }
  }
}
