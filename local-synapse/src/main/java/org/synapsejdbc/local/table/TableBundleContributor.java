package org.synapsejdbc.local.table;

import java.sql.Connection;
import java.util.List;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.EntityBundle;
import org.synapsejdbc.client.model.EntityBundleRequest;
import org.synapsejdbc.client.model.TableBundle;
import org.synapsejdbc.local.entity.BundleContributor;
import org.synapsejdbc.local.sql.check.SelectHeaders;
import org.synapsejdbc.local.table.column.ColumnStore;
import org.synapsejdbc.local.table.column.SchemaRules;

/** Fills {@code EntityBundle.tableBundle} ({@code columnModels}, {@code maxRowsPerPage} of {@code SELECT *}). */
public final class TableBundleContributor implements BundleContributor {

    private final ColumnStore columns;

    public TableBundleContributor(ColumnStore columns) {
        this.columns = columns;
    }

    @Override
    public void contribute(Connection c, EntityBundleRequest request, Target target, EntityBundle bundle) {
        if (!Boolean.TRUE.equals(request.getIncludeTableBundle()) || !target.node().kind().tableLike()) {
            return;
        }
        List<ColumnModel> schema = columns.getAll(TableInfo.columnIds(target.version().props()));
        bundle.setTableBundle(new TableBundle().setColumnModels(schema)
                .setMaxRowsPerPage(SelectHeaders.maxRowsPerPage(SchemaRules.rowWidth(schema))));
    }
}
