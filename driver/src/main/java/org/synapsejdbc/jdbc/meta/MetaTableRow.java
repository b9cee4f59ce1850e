package org.synapsejdbc.jdbc.meta;

import org.apache.calcite.avatica.MetaImpl;
import org.apache.calcite.schema.Table;

/** A {@code getTables} row that also keeps the Calcite table, for the column, key and remark lookups after it. */
public final class MetaTableRow extends MetaImpl.MetaTable {
  /** Hides the parent's always-null field so descriptions can be reported. */
  public final String remarks;
  final transient Table table;

  MetaTableRow(Table table, String schema, String name, String remarks) {
    super(null, schema, name, table.getJdbcTableType().jdbcName);
    this.table = table;
    this.remarks = remarks;
  }
}
