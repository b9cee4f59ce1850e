package org.synapsejdbc.calcite.system;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.schema.ProjectableFilterableTable;
import org.apache.calcite.schema.impl.AbstractTable;
import org.synapsejdbc.client.error.SynapseCancelledException;

/**
 * A read-only table of the {@code synapse} schema computed from REST calls. Subclasses say which calls serve a
 * scan from its {@code column = 'value'} filters ({@link KeyFilter}); Calcite applies all filters afterwards.
 * Rows are produced lazily, and the statement's cancel flag is checked between them.
 */
abstract class SystemTable extends AbstractTable implements ProjectableFilterableTable {
  private final List<SystemColumn> columns;

  SystemTable(List<SystemColumn> columns) {
    this.columns = List.copyOf(columns);
  }

  List<SystemColumn> columns() {
    return columns;
  }

  @Override
  public RelDataType getRowType(RelDataTypeFactory f) {
    RelDataTypeFactory.Builder b = f.builder();
    for (SystemColumn c : columns) {
      RelDataType type = c.type() == org.apache.calcite.sql.type.SqlTypeName.TIMESTAMP
          ? f.createSqlType(c.type(), 3) : f.createSqlType(c.type());
      b.add(c.name(), f.createTypeWithNullability(type, true));
    }
    return b.build();
  }

  /** The rows for a scan, full width (in {@link #columns()} order), produced lazily. */
  abstract Iterator<Object[]> rows(KeyFilter filter);

  @Override
  public Enumerable<Object[]> scan(DataContext root, List<RexNode> filters, int[] projects) {
    KeyFilter key = KeyFilter.of(filters, columns, root);
    java.util.concurrent.atomic.AtomicBoolean cancel = DataContext.Variable.CANCEL_FLAG.get(root);
    return new AbstractEnumerable<>() {
      @Override
      public Enumerator<Object[]> enumerator() {
        Iterator<Object[]> it = rows(key);
        Iterator<Object[]> projected = new Iterator<>() {
          @Override
          public boolean hasNext() {
            if (cancel != null && cancel.get()) {
              throw new SynapseCancelledException("Statement cancelled");
            }
            return it.hasNext();
          }

          @Override
          public Object[] next() {
            Object[] row = it.next();
            if (projects == null) {
              return row;
            }
            Object[] out = new Object[projects.length];
            for (int i = 0; i < projects.length; i++) {
              out[i] = row[projects[i]];
            }
            return out;
          }
        };
        return Linq4j.iterableEnumerator(() -> projected);
      }
    };
  }

  static List<Object[]> list(Iterator<Object[]> it) {
    List<Object[]> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }
}
