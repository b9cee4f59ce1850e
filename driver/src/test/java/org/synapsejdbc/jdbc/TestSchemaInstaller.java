package org.synapsejdbc.jdbc;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.ScannableTable;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.Statistic;
import org.apache.calcite.schema.Statistics;
import org.apache.calcite.schema.impl.AbstractSchema;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.schema.impl.ScalarFunctionImpl;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.ImmutableBitSet;
import org.synapsejdbc.jdbc.meta.ProcedureInfo;

/**
 * Test data for driver tests: schema {@code testdata} with an in-memory table {@code samples} (key {@code id})
 * and a procedure {@code touch}; registered through META-INF/services like the real installer will be.
 */
public final class TestSchemaInstaller implements SchemaInstaller {
  /** How many connections closed the resource this installer returned. */
  static final AtomicInteger CLOSED = new AtomicInteger();
  /** What the latest connection handed to installers. */
  static volatile SchemaInstallContext last;

  @Override
  public AutoCloseable install(SchemaInstallContext context) {
    last = context;
    AbstractSchema schema = new AbstractSchema();
    SchemaPlus testdata = context.rootSchema().add("testdata", schema);
    testdata.add("samples", new SamplesTable());
    testdata.add("double_it", ScalarFunctionImpl.create(TestSchemaInstaller.class, "doubleIt"));
    context.procedures().register(new ProcedureInfo("testdata", "touch", "Marks an entity as touched",
        List.of(new ProcedureInfo.Column("entityId", SqlTypeName.VARCHAR, false, "the entity")),
        List.of(new ProcedureInfo.Column("status", SqlTypeName.VARCHAR, true, null))));
    return CLOSED::incrementAndGet;
  }

  /** A schema function, for {@code getFunctions}. */
  public static long doubleIt(long x) {
    return 2 * x;
  }

  /** Four rows, one with a null name, one with a null tag list. */
  static final class SamplesTable extends AbstractTable implements ScannableTable {
    @Override
    public RelDataType getRowType(RelDataTypeFactory f) {
      RelDataType tag = f.createTypeWithNullability(f.createSqlType(SqlTypeName.VARCHAR, 50), true);
      return f.builder()
          .add("id", SqlTypeName.BIGINT)
          .add("name", f.createTypeWithNullability(f.createSqlType(SqlTypeName.VARCHAR, 100), true))
          .add("tags", f.createTypeWithNullability(f.createArrayType(tag, -1), true))
          .add("created", f.createTypeWithNullability(f.createSqlType(SqlTypeName.TIMESTAMP, 3), true))
          .add("score", f.createTypeWithNullability(f.createSqlType(SqlTypeName.DOUBLE), true))
          .build();
    }

    @Override
    public Statistic getStatistic() {
      return Statistics.of(4, List.of(ImmutableBitSet.of(0)));
    }

    @Override
    public Enumerable<Object[]> scan(DataContext root) {
      return Linq4j.asEnumerable(List.of(
          new Object[] {1L, "alpha", Arrays.asList("a", "b"), 1704164645000L, 1.5},
          new Object[] {2L, null, List.of("c"), null, Double.NaN},
          new Object[] {3L, "Beta", null, 0L, null},
          new Object[] {4L, "gamma", Arrays.asList("x", null), 1000L, -2.0}));
    }
  }
}
