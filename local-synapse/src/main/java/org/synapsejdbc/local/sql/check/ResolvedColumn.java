package org.synapsejdbc.local.sql.check;

import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.ColumnType;

/**
 * A column reference resolved against the schema: a schema column or one of the row metadata columns.
 *
 * @param model    the schema column, or null for row metadata
 * @param metadata the metadata column name (ROW_ID, ROW_VERSION, ROW_ETAG, ROW_BENEFACTOR) or null
 * @param type     the Synapse type
 */
public record ResolvedColumn(ColumnModel model, String metadata, ColumnType type) {

    /** True for a column defined in the schema (not ROW_ID &amp; co.). */
    public boolean inSchema() {
        return model != null;
    }

    /** True for a {@code _LIST} type. */
    public boolean isList() {
        return ColumnTypes.isList(type);
    }
}
