package org.synapsejdbc.calcite.system;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.DataContext;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;

/**
 * The {@code column = 'literal'} and {@code column = ?} conjuncts of a system-table scan's filters, by column name:
 * what decides which REST call serves the scan. Parameters are read from the statement's {@link DataContext} (the
 * scan runs at execution time, when they are bound). The filters stay with Calcite, which still applies them to the
 * rows.
 */
final class KeyFilter {
  private final Map<String, String> equalities;

  private KeyFilter(Map<String, String> equalities) {
    this.equalities = equalities;
  }

  /** The key equalities; {@code parameters} (may be null) supplies the values of {@code ?} parameters. */
  static KeyFilter of(List<RexNode> filters, List<SystemColumn> columns, DataContext parameters) {
    Map<String, String> found = new HashMap<>();
    for (RexNode filter : filters) {
      for (RexNode c : RelOptUtil.conjunctions(filter)) {
        if (c.getKind() != SqlKind.EQUALS) {
          continue;
        }
        List<RexNode> ops = ((RexCall) c).getOperands();
        RexNode a = strip(ops.get(0));
        RexNode b = strip(ops.get(1));
        if (b instanceof RexInputRef && (a instanceof RexLiteral || a instanceof RexDynamicParam)) {
          RexNode t = a;
          a = b;
          b = t;
        }
        if (a instanceof RexInputRef ref) {
          Object value = value(b, parameters);
          if (value != null) {
            found.put(columns.get(ref.getIndex()).name(), value.toString());
          }
        }
      }
    }
    return new KeyFilter(found);
  }

  /** A literal's value, or a bound parameter's; null for anything else (or SQL NULL). */
  private static Object value(RexNode node, DataContext parameters) {
    if (node instanceof RexLiteral lit) {
      return lit.getValue2();
    }
    if (node instanceof RexDynamicParam param && parameters != null) {
      return parameters.get("?" + param.getIndex());
    }
    return null;
  }

  private static RexNode strip(RexNode node) {
    return node.getKind() == SqlKind.CAST ? ((RexCall) node).getOperands().get(0) : node;
  }

  /** The literal a column is compared to, or null. */
  String get(String column) {
    return equalities.get(column);
  }
}
