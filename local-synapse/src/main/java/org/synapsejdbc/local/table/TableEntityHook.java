package org.synapsejdbc.local.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.local.entity.EntityHook;
import org.synapsejdbc.local.entity.EntityKind;
import org.synapsejdbc.local.http.ApiException;
import org.synapsejdbc.local.http.Caller;
import org.synapsejdbc.local.table.column.ColumnStore;
import org.synapsejdbc.local.table.column.SchemaRules;

/**
 * Validates the table parts of entity writes: {@code columnIds} of tables, entity views and datasets (existing
 * ids, at most 152 columns, 64,000 bytes of row width, unique names) and an entity view's {@code viewTypeMask}
 * (the legacy {@code type} is translated into a mask).
 */
public final class TableEntityHook implements EntityHook {

    private final ColumnStore columns;

    public TableEntityHook(ColumnStore columns) {
        this.columns = columns;
    }

    @Override
    public void beforeWrite(Caller caller, EntityKind kind, ObjectNode props, ObjectNode previous) {
        if (kind != EntityKind.TABLE && kind != EntityKind.ENTITYVIEW && kind != EntityKind.DATASET
                && kind != EntityKind.DATASETCOLLECTION) {
            return;
        }
        List<String> ids = TableInfo.columnIds(props);
        List<ColumnModel> schema = columns.getAll(ids);
        SchemaRules.check(schema, kind != EntityKind.TABLE);
        if (props.get("columnIds") instanceof ArrayNode) {
            ArrayNode normalized = props.putArray("columnIds");
            schema.forEach(m -> normalized.add(m.getId()));
        }
        if (kind == EntityKind.ENTITYVIEW) {
            checkView(props);
        }
    }

    private static void checkView(ObjectNode props) {
        JsonNode maskNode = props.get("viewTypeMask");
        Long mask = maskNode == null || maskNode.isNull() ? null : maskNode.asLong();
        JsonNode legacy = props.get("type");
        if (mask == null && legacy != null && !legacy.isNull()) {
            mask = switch (legacy.asText()) {
                case "file" -> 0x01L;
                case "project" -> 0x02L;
                default -> 0x05L;
            };
            props.put("viewTypeMask", mask);
        }
        if (mask == null) {
            throw ApiException.badRequest("Either 'viewType' or 'viewTypeMask' must be provided");
        }
        if ((mask & 0x02) != 0 && mask != 0x02) {
            throw ApiException.badRequest("The Project type cannot be combined with any other type.");
        }
    }
}
