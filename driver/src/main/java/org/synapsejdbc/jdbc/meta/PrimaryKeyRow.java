package org.synapsejdbc.jdbc.meta;

/** A {@code getPrimaryKeys} row (Avatica's own row class cannot be created outside its package). */
public final class PrimaryKeyRow {
  public final String tableCat = null;
  public final String tableSchem;
  public final String tableName;
  public final String columnName;
  public final short keySeq;
  public final String pkName;

  PrimaryKeyRow(String schema, String table, String column, short keySeq, String pkName) {
    this.tableSchem = schema;
    this.tableName = table;
    this.columnName = column;
    this.keySeq = keySeq;
    this.pkName = pkName;
  }
}
