package org.synapsejdbc.jdbc.meta;

import java.sql.DatabaseMetaData;
import java.util.List;
import org.apache.calcite.avatica.MetaImpl;
import org.apache.calcite.linq4j.function.Predicate1;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;

/** Turns a {@link ProcedureInfo} into {@code getProcedureColumns} rows: IN parameters, then result columns. */
final class ProcedureColumns {
  private ProcedureColumns() {
  }

  static void rows(ProcedureInfo p, Predicate1<String> columnMatcher, RelDataTypeFactory typeFactory,
      List<Object> out) {
    int ordinal = 1;
    for (ProcedureInfo.Column c : p.parameters()) {
      if (columnMatcher.apply(c.name())) {
        out.add(row(p, c, (short) DatabaseMetaData.procedureColumnIn, ordinal, typeFactory));
      }
      ordinal++;
    }
    // Result columns have ordinal 0 in JDBC's numbering (only parameters are numbered).
    for (ProcedureInfo.Column c : p.results()) {
      if (columnMatcher.apply(c.name())) {
        out.add(row(p, c, (short) DatabaseMetaData.procedureColumnResult, 0, typeFactory));
      }
    }
  }

  private static MetaImpl.MetaProcedureColumn row(ProcedureInfo p, ProcedureInfo.Column c, short columnType,
      int ordinal, RelDataTypeFactory typeFactory) {
    RelDataType type = typeFactory.createTypeWithNullability(typeFactory.createSqlType(c.type()), c.nullable());
    Integer size = ColumnTypes.columnSize(type);
    Integer scale = ColumnTypes.decimalDigits(type);
    Integer radix = ColumnTypes.radix(type);
    return new MetaImpl.MetaProcedureColumn(null, p.schema(), p.name(), c.name(), columnType,
        c.type().getJdbcOrdinal(), ColumnTypes.bareName(type), size, size,
        scale == null ? null : scale.shortValue(), radix == null ? null : radix.shortValue(),
        (short) (c.nullable() ? DatabaseMetaData.procedureNullable : DatabaseMetaData.procedureNoNulls),
        c.remarks(), size, ordinal, c.nullable() ? "YES" : "NO", p.name());
  }
}
