package org.synapsejdbc.local.table;

import org.synapsejdbc.local.table.column.ColumnStore;
import org.synapsejdbc.local.table.rows.RowChangeApplier;
import org.synapsejdbc.local.table.rows.Snapshots;

/**
 * The table services other code (the demo seeder, embedders) may call directly: columns, table lookup, row
 * writes and snapshots. Published in the {@code ServerContext}.
 */
public record TableServices(ColumnStore columns, TableMetadata tables, RowChangeApplier rows, Snapshots snapshots) {
}
