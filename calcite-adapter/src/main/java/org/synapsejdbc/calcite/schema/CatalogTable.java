package org.synapsejdbc.calcite.schema;

import java.util.List;
import java.util.function.Supplier;
import org.apache.calcite.schema.Schema;
import org.apache.calcite.schema.Statistic;
import org.apache.calcite.schema.Statistics;
import org.apache.calcite.util.ImmutableBitSet;
import org.synapsejdbc.calcite.SynapseQueryExecutor;
import org.synapsejdbc.calcite.SynapseTable;
import org.synapsejdbc.calcite.SynapseTableDescriptor;
import org.synapsejdbc.calcite.SynapseTableKind;
import org.synapsejdbc.client.model.ColumnModel;

/**
 * A Synapse table or view of the catalog whose schema is read ({@code bundle2}) only when planning or metadata
 * first needs it, so that listing a project's tables costs no request per table. Reports the key ({@code ROW_ID}
 * for tables, {@code id} for views) and the entity's description.
 */
public final class CatalogTable extends SynapseTable implements Described {
  private final SynapseTableKind kind;
  private final Supplier<TableInfo> info;
  private volatile SynapseTableDescriptor loaded;

  CatalogTable(EntityRef ref, SynapseTableKind kind, Supplier<TableInfo> info, SynapseQueryExecutor executor) {
    // The placeholder descriptor carries id and kind; the schema comes from descriptor() once loaded.
    super(new SynapseTableDescriptor(ref.id(), ref.version(), kind, List.of()), executor);
    this.kind = kind;
    this.info = info;
  }

  @Override
  public SynapseTableDescriptor descriptor() {
    SynapseTableDescriptor d = loaded;
    if (d == null) {
      TableInfo i = info.get();
      d = new SynapseTableDescriptor(i.id(), i.version(), i.kind(), i.columns());
      loaded = d;
    }
    return d;
  }

  /** Tables are keyed by {@code ROW_ID}; views by their {@code id} column (the entity), else {@code ROW_ID}. */
  @Override
  public Statistic getStatistic() {
    Integer key = keyField();
    return key == null ? Statistics.UNKNOWN
        : Statistics.of(null, List.of(ImmutableBitSet.of(key)), null, null);
  }

  private Integer keyField() {
    List<ColumnModel> columns = descriptor().columns();
    switch (kind) {
      case TABLE:
        return columns.size();
      case ENTITY_VIEW:
      case DATASET:
      case DATASET_COLLECTION:
      case SUBMISSION_VIEW:
        for (int i = 0; i < columns.size(); i++) {
          if ("id".equals(columns.get(i).getName())) {
            return i;
          }
        }
        return columns.size();
      default:
        // Materialized views and virtual tables have no row identity of their own.
        return null;
    }
  }

  @Override
  public Schema.TableType getJdbcTableType() {
    return kind == SynapseTableKind.TABLE ? Schema.TableType.TABLE : Schema.TableType.VIEW;
  }

  @Override
  public String description() {
    return info.get().description();
  }

  public SynapseTableKind kind() {
    return kind;
  }
}
