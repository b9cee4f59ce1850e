package org.synapsejdbc.calcite;

import java.util.List;
import java.util.Objects;

import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.TranslatableTable;
import org.apache.calcite.schema.impl.AbstractTable;
import org.synapsejdbc.calcite.rel.SynapseConvention;
import org.synapsejdbc.calcite.rel.SynapseTableScan;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.ColumnType;

/**
 * A Synapse table, view, dataset, materialized view or virtual table as a Calcite table. Planning turns it into a
 * {@link SynapseTableScan}, and the pushdown rules grow one Synapse SQL query block on top; the rows come from the
 * {@link SynapseQueryExecutor} given here. Instances are immutable and may be cached and shared across connections
 * that share the executor.
 */
public class SynapseTable extends AbstractTable implements TranslatableTable {
    private final SynapseTableDescriptor descriptor;
    private final SynapseQueryExecutor executor;

    public SynapseTable(SynapseTableDescriptor descriptor, SynapseQueryExecutor executor) {
        this.descriptor = Objects.requireNonNull(descriptor, "descriptor");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /** The table's descriptor; subclasses may load it lazily, so internal code always goes through here. */
    public SynapseTableDescriptor descriptor() {
        return descriptor;
    }

    public SynapseQueryExecutor executor() {
        return executor;
    }

    @Override
    public RelDataType getRowType(RelDataTypeFactory typeFactory) {
        return SynapseTypeMapping.rowType(typeFactory, descriptor());
    }

    /** The Synapse type of a field of {@link #getRowType}; row-metadata columns report Synapse's typing of them. */
    public ColumnType synapseType(int field) {
        SynapseTableDescriptor table = descriptor();
        List<ColumnModel> columns = table.columns();
        if (field < columns.size()) {
            return columns.get(field).getColumnType();
        }
        List<String> metadata = SynapseTypeMapping.metadataColumns(table.kind());
        return SynapseTypeMapping.metadataColumnType(metadata.get(field - columns.size()));
    }

    @Override
    public RelNode toRel(RelOptTable.ToRelContext context, RelOptTable relOptTable) {
        return new SynapseTableScan(context.getCluster(),
                context.getCluster().traitSetOf(SynapseConvention.of("s")), relOptTable, this);
    }

    @Override
    public String toString() {
        return "SynapseTable{" + descriptor().fromName() + "}";
    }
}
