package org.synapsejdbc.calcite.function;

import java.util.function.Function;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.ScannableTable;
import org.apache.calcite.schema.TranslatableTable;
import org.apache.calcite.schema.impl.AbstractTable;

/**
 * The table a table function call stands for: a fixed row type (known while planning) and rows produced only when
 * the statement runs, from the statement's data context.
 */
final class RowsTable extends AbstractTable implements TranslatableTable, ScannableTable {
  private final Function<RelDataTypeFactory, RelDataType> rowType;
  private final Function<DataContext, Enumerable<Object[]>> rows;

  RowsTable(Function<RelDataTypeFactory, RelDataType> rowType, Function<DataContext, Enumerable<Object[]>> rows) {
    this.rowType = rowType;
    this.rows = rows;
  }

  @Override
  public RelDataType getRowType(RelDataTypeFactory typeFactory) {
    return rowType.apply(typeFactory);
  }

  @Override
  public Enumerable<Object[]> scan(DataContext root) {
    return rows.apply(root);
  }

  @Override
  public RelNode toRel(RelOptTable.ToRelContext context, RelOptTable relOptTable) {
    return new FunctionScan(context.getCluster(), relOptTable, this);
  }
}
