package org.synapsejdbc.jdbc.meta;

import java.sql.DatabaseMetaData;

/** A {@code getProcedures} row, with the remarks Avatica's own row class leaves out. */
public final class ProcedureRow {
  public final String procedureCat = null;
  public final String procedureSchem;
  public final String procedureName;
  public final String futureUse1 = null;
  public final String futureUse2 = null;
  public final String futureUse3 = null;
  public final String remarks;
  public final short procedureType = DatabaseMetaData.procedureReturnsResult;
  public final String specificName;

  ProcedureRow(ProcedureInfo p) {
    this.procedureSchem = p.schema();
    this.procedureName = p.name();
    this.remarks = p.remarks();
    this.specificName = p.name();
  }
}
