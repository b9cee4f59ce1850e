package org.synapsejdbc.jdbc.call;

import org.apache.calcite.avatica.MetaImpl;
import org.synapsejdbc.jdbc.meta.ProcedureInfo;

/**
 * A {@code getProcedureColumns} row that keeps its REMARKS: Avatica 1.28's {@code MetaProcedureColumn}
 * constructor ignores its remarks argument, so this subclass hides that field with one that is filled.
 */
public final class ProcedureColumnRow extends MetaImpl.MetaProcedureColumn {
  public final String remarks;

  private ProcedureColumnRow(MetaImpl.MetaProcedureColumn c, String remarks) {
    super(c.procedureCat, c.procedureSchem, c.procedureName, c.columnName, c.columnType, c.dataType, c.typeName,
        c.precision, c.length, c.scale, c.radix, c.nullable, remarks, c.charOctetLength, c.ordinalPosition,
        c.isNullable, c.specificName);
    this.remarks = remarks;
  }

  /** {@code row} with the remarks of the matching parameter or result column of {@code procedure}. */
  public static ProcedureColumnRow of(ProcedureInfo procedure, MetaImpl.MetaProcedureColumn row) {
    boolean parameter = row.columnType == java.sql.DatabaseMetaData.procedureColumnIn;
    String remarks = (parameter ? procedure.parameters() : procedure.results()).stream()
        .filter(c -> c.name().equals(row.columnName)).findFirst()
        .map(ProcedureInfo.Column::remarks).orElse(null); // a column without remarks is allowed
    return new ProcedureColumnRow(row, remarks);
  }
}
