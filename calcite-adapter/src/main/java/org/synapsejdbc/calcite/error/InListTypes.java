package org.synapsejdbc.calcite.error;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.util.SqlBasicVisitor;

/**
 * Refuses IN lists that mix BOOLEAN literals with text or numbers, such as {@code n IN ('a', TRUE)}, from the parse
 * tree: Calcite 1.42 does not reject them itself; its type coercion fails an assertion (with {@code -ea}) or, without
 * assertions, generates code that fails to compile or compares 'a' as a number.
 */
public final class InListTypes extends SqlBasicVisitor<Void> {
  private InListTypes() {
  }

  /** Checks every IN / NOT IN list of a parsed statement. */
  public static void check(Object parsed) {
    if (parsed instanceof SqlNode node) {
      node.accept(new InListTypes());
    }
  }

  @Override
  public Void visit(SqlCall call) {
    if ((call.getKind() == SqlKind.IN || call.getKind() == SqlKind.NOT_IN) && call.operandCount() == 2
        && call.operand(1) instanceof SqlNodeList list) {
      SqlLiteral bool = null;
      SqlLiteral other = null;
      for (SqlNode value : list) {
        if (value instanceof SqlLiteral literal && literal.getTypeName() != SqlTypeName.NULL) {
          if (literal.getTypeName() == SqlTypeName.BOOLEAN) {
            bool = bool == null ? literal : bool;
          } else {
            other = other == null ? literal : other;
          }
        }
      }
      if (bool != null && other != null) {
        throw StatementErrors.of(SynapseSqlStates.DATATYPE_MISMATCH, "The values of an IN list must have compatible"
            + " types, but the list of " + call.operand(0) + " IN (...) at " + list.getParserPosition() + " mixes "
            + other + " and " + bool + "; write them as one type, e.g. all text or all BOOLEAN");
      }
    }
    return super.visit(call);
  }
}
