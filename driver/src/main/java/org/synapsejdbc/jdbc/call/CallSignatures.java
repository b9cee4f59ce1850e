package org.synapsejdbc.jdbc.call;

import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.calcite.avatica.AvaticaParameter;
import org.apache.calcite.avatica.ColumnMetaData;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.avatica.MetaImpl;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.runtime.Bindable;
import org.apache.calcite.sql.type.SqlTypeName;
import org.synapsejdbc.calcite.error.SynapseSqlStates;
import org.synapsejdbc.calcite.procedure.ProcedureSpec;
import org.synapsejdbc.calcite.procedure.SynapseProcedure;
import org.synapsejdbc.calcite.procedure.SynapseProcedures;

/**
 * Prepares a CALL: resolves the procedure, checks the argument count, declares the {@code ?} parameters with the
 * procedure's parameter types and the result columns, and returns a signature whose bindable runs the
 * procedure at execution time.
 */
final class CallSignatures {
  private CallSignatures() {
  }

  /**
   * The signature of a CALL. A call that cannot be prepared (syntax, unknown procedure, argument count) still
   * gets a signature, whose execution raises the error: Calcite reports errors thrown while preparing with a
   * generic message only, which would hide what is wrong.
   */
  static CalcitePrepare.CalciteSignature<Object[]> prepare(CalcitePrepare.Context context, String sql,
      long maxRowCount) {
    ParsedCall call = null;
    try {
      call = CallParser.parse(sql, context.config());
      return prepare(context, sql, call, maxRowCount);
    } catch (SQLException e) {
      int parameters = call == null ? 0 : call.parameterCount();
      return failing(context, sql, parameters, e, maxRowCount);
    }
  }

  private static CalcitePrepare.CalciteSignature<Object[]> prepare(CalcitePrepare.Context context, String sql,
      ParsedCall call, long maxRowCount) throws SQLException {
    SynapseProcedure procedure = resolve(call);
    ProcedureSpec spec = procedure.spec();
    int given = call.args().size();
    if (given < spec.requiredCount() || given > spec.params().size()) {
      throw new SQLSyntaxErrorException(spec.name() + " takes " + arity(spec) + " arguments " + signature(spec)
          + ", not " + given, SynapseSqlStates.UNDEFINED_FUNCTION);
    }
    List<AvaticaParameter> parameters = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < given; i++) {
      if (call.args().get(i).isParameter()) {
        positions.add(i);
      }
    }
    positions.sort(Comparator.comparingInt(i -> call.args().get(i).parameterIndex()));
    for (int position : positions) {
      ProcedureSpec.Param p = spec.params().get(position);
      parameters.add(new AvaticaParameter(p.type() == SqlTypeName.BIGINT, 0, 0, p.type().getJdbcOrdinal(),
          p.type().getName(), javaClass(p.type()).getName(), p.name()));
    }
    RelDataTypeFactory types = context.getTypeFactory();
    RelDataTypeFactory.Builder row = types.builder();
    List<ColumnMetaData> columns = new ArrayList<>();
    for (int i = 0; i < spec.results().size(); i++) {
      ProcedureSpec.Column c = spec.results().get(i);
      row.add(c.name(), types.createTypeWithNullability(types.createSqlType(c.type()), true));
      columns.add(MetaImpl.columnMetaData(c.name(), i, javaClass(c.type()), true));
    }
    RelDataType rowType = row.build();
    return new CalcitePrepare.CalciteSignature<>(sql, parameters, Map.of(), rowType, columns,
        Meta.CursorFactory.ARRAY, context.getRootSchema(), List.of(), maxRowCount,
        new ProcedureBindable(procedure, call.args()), Meta.StatementType.CALL);
  }

  private static CalcitePrepare.CalciteSignature<Object[]> failing(CalcitePrepare.Context context, String sql,
      int parameterCount, SQLException error, long maxRowCount) {
    List<AvaticaParameter> parameters = new ArrayList<>();
    for (int i = 0; i < parameterCount; i++) {
      parameters.add(new AvaticaParameter(false, 0, 0, java.sql.Types.VARCHAR, "VARCHAR", String.class.getName(),
          "p" + (i + 1)));
    }
    Bindable<Object[]> raise = dataContext -> {
      throw CallErrors.of(error);
    };
    return new CalcitePrepare.CalciteSignature<>(sql, parameters, Map.of(), context.getTypeFactory().builder()
        .build(), List.of(), Meta.CursorFactory.ARRAY, context.getRootSchema(), List.of(), maxRowCount, raise,
        Meta.StatementType.CALL);
  }

  private static SynapseProcedure resolve(ParsedCall call) throws SQLException {
    if (call.schema() != null && !call.schema().equalsIgnoreCase(SynapseProcedures.SCHEMA)) {
      throw new SQLSyntaxErrorException("No procedure " + call.schema() + "." + call.name()
          + ": procedures are in schema " + SynapseProcedures.SCHEMA, SynapseSqlStates.UNDEFINED_FUNCTION);
    }
    return SynapseProcedures.find(call.name()).orElseThrow(() -> new SQLSyntaxErrorException("No procedure named "
        + call.name() + "; the procedures are: " + SynapseProcedures.all().stream().map(p -> p.spec().name())
        .collect(Collectors.joining(", ")), SynapseSqlStates.UNDEFINED_FUNCTION));
  }

  private static String arity(ProcedureSpec spec) {
    int min = spec.requiredCount();
    int max = spec.params().size();
    return min == max ? Integer.toString(min) : min + " to " + max;
  }

  /** e.g. {@code (parent, name [, description])}. */
  static String signature(ProcedureSpec spec) {
    StringBuilder b = new StringBuilder("(");
    int optional = 0;
    for (int i = 0; i < spec.params().size(); i++) {
      ProcedureSpec.Param p = spec.params().get(i);
      if (!p.required()) {
        b.append(i == 0 ? "[" : " [, ");
        optional++;
      } else if (i > 0) {
        b.append(", ");
      }
      b.append(p.name());
    }
    return b.append("]".repeat(optional)).append(')').toString();
  }

  private static Class<?> javaClass(SqlTypeName type) {
    return switch (type) {
      case BIGINT -> Long.class;
      case BOOLEAN -> Boolean.class;
      case DOUBLE -> Double.class;
      default -> String.class;
    };
  }
}
