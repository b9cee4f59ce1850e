package org.synapsejdbc.jdbc.meta;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.TableFunctionScan;
import org.apache.calcite.rel.core.TableModify;
import org.apache.calcite.rel.core.TableScan;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.rex.RexSubQuery;

/**
 * The tables a statement was planned against, collected from its converted relational expression (sub-queries
 * included), so that a cached plan can later be checked against the catalog as it is then.
 */
final class PlanTables {
  private final List<RelOptTable> tables = new ArrayList<>();
  private boolean opaque;

  /** Adds the tables read by {@code root}; called with each converted statement (Calcite's {@code CONVERTED} hook). */
  void add(RelNode root) {
    visit(root);
  }

  List<RelOptTable> tables() {
    return tables;
  }

  /**
   * Whether the plan reads something besides named tables (a table function, whose table is made while planning)
   * or writes; such a plan is never cached.
   */
  boolean opaque() {
    return opaque;
  }

  private void visit(RelNode rel) {
    if (rel instanceof TableScan scan) {
      tables.add(scan.getTable());
    } else if (rel instanceof TableFunctionScan || rel instanceof TableModify) {
      opaque = true;
    }
    rel.accept(new RexShuttle() {
      @Override
      public RexNode visitSubQuery(RexSubQuery subQuery) {
        visit(subQuery.rel);
        return subQuery;
      }
    });
    for (RelNode input : rel.getInputs()) {
      visit(input);
    }
  }
}
