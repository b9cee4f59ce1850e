package org.synapsejdbc.jdbc.meta;

import java.sql.DatabaseMetaData;
import java.util.List;
import org.apache.calcite.avatica.MetaImpl;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeSystem;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * How column types appear in metadata: bare type names without precision or nullability ({@code VARCHAR},
 * {@code BIGINT}, {@code VARCHAR ARRAY}), and {@code getTypeInfo} restricted to the types Synapse columns map to.
 */
final class ColumnTypes {
  /** The SQL types of Synapse columns (INTEGER → BIGINT, DATE → TIMESTAMP, *_LIST → ARRAY, text types → VARCHAR). */
  static final List<SqlTypeName> SYNAPSE_TYPES = List.of(SqlTypeName.BIGINT, SqlTypeName.DOUBLE,
      SqlTypeName.VARCHAR, SqlTypeName.BOOLEAN, SqlTypeName.TIMESTAMP, SqlTypeName.ARRAY);

  private ColumnTypes() {
  }

  /** The type name tools compare with {@code getTypeInfo}: no precision, no NOT NULL. */
  static String bareName(RelDataType type) {
    RelDataType component = type.getComponentType();
    if (component != null) {
      return bareName(component) + " " + type.getSqlTypeName().getName();
    }
    return type.getSqlTypeName().getName();
  }

  /** COLUMN_SIZE: declared length of character types, precision of numbers, null where it means nothing. */
  static Integer columnSize(RelDataType type) {
    SqlTypeName name = type.getSqlTypeName();
    if (SqlTypeFamily.CHARACTER.contains(type) || SqlTypeFamily.BINARY.contains(type)) {
      return type.getPrecision() == RelDataType.PRECISION_NOT_SPECIFIED ? null : type.getPrecision();
    }
    if (SqlTypeFamily.NUMERIC.contains(type) && name != SqlTypeName.ARRAY) {
      return type.getPrecision() > 0 ? type.getPrecision() : null;
    }
    return null;
  }

  /** DECIMAL_DIGITS: scale of exact numbers, fractional seconds of timestamps, else null. */
  static Integer decimalDigits(RelDataType type) {
    SqlTypeName name = type.getSqlTypeName();
    if (SqlTypeFamily.EXACT_NUMERIC.contains(type)) {
      return name.allowsScale() ? type.getScale() : 0;
    }
    if (SqlTypeFamily.DATETIME.contains(type) && name.allowsPrec()) {
      return type.getPrecision() == RelDataType.PRECISION_NOT_SPECIFIED ? null : type.getPrecision();
    }
    return null;
  }

  /** NUM_PREC_RADIX: 10 for numbers (Calcite stores them in decimal precision), else null. */
  static Integer radix(RelDataType type) {
    return SqlTypeFamily.NUMERIC.contains(type) ? 10 : null;
  }

  /** JDBC's nullability code of a column. */
  static int nullable(RelDataType type) {
    return type.isNullable() ? DatabaseMetaData.columnNullable : DatabaseMetaData.columnNoNulls;
  }

  /** The {@code getTypeInfo} rows, ordered by DATA_TYPE as JDBC requires. */
  static List<MetaImpl.MetaTypeInfo> typeInfo(RelDataTypeSystem typeSystem) {
    return SYNAPSE_TYPES.stream()
        .sorted((a, b) -> Integer.compare(a.getJdbcOrdinal(), b.getJdbcOrdinal()))
        .map(t -> new MetaImpl.MetaTypeInfo(t.getName(), t.getJdbcOrdinal(), precision(typeSystem, t),
            typeSystem.getLiteral(t, true), typeSystem.getLiteral(t, false),
            (short) DatabaseMetaData.typeNullable, typeSystem.isCaseSensitive(t),
            t == SqlTypeName.ARRAY ? (short) DatabaseMetaData.typePredNone : (short) DatabaseMetaData.typeSearchable,
            false, false, false, (short) 0, (short) (t == SqlTypeName.TIMESTAMP ? 3 : 0),
            typeSystem.getNumTypeRadix(t)))
        .toList();
  }

  private static Integer precision(RelDataTypeSystem typeSystem, SqlTypeName t) {
    int p = typeSystem.getMaxPrecision(t);
    return p < 0 ? null : p;
  }
}
