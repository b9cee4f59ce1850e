package org.synapsejdbc.calcite.function;

import java.lang.reflect.Method;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.adapter.enumerable.JavaRowFormat;
import org.apache.calcite.adapter.enumerable.PhysType;
import org.apache.calcite.adapter.enumerable.PhysTypeImpl;
import org.apache.calcite.linq4j.tree.BlockBuilder;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.TableScan;
import org.apache.calcite.schema.ScannableTable;

/**
 * The scan of a table made by a table function call. Such a table lives in no schema, so the generated code cannot
 * look it up by name; it is stashed in the statement's data context instead and scanned from there.
 */
final class FunctionScan extends TableScan implements EnumerableRel {
  private static final Method SCAN;

  static {
    try {
      SCAN = ScannableTable.class.getMethod("scan", DataContext.class);
    } catch (NoSuchMethodException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final ScannableTable table;

  FunctionScan(RelOptCluster cluster, RelOptTable relOptTable, ScannableTable table) {
    super(cluster, cluster.traitSetOf(EnumerableConvention.INSTANCE), List.of(), relOptTable);
    this.table = table;
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return this;
  }

  @Override
  public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    PhysType physType = PhysTypeImpl.of(implementor.getTypeFactory(), getRowType(), JavaRowFormat.ARRAY);
    BlockBuilder block = new BlockBuilder();
    Expression stashed = block.append("table", implementor.stash(table, ScannableTable.class));
    block.add(Expressions.return_(null, Expressions.call(stashed, SCAN, DataContext.ROOT)));
    return implementor.result(physType, block.toBlock());
  }
}
