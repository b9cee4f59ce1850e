package org.synapsejdbc.local.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.local.entity.EntityKind;
import org.synapsejdbc.local.entity.EntityRecord;
import org.synapsejdbc.local.entity.VersionRecord;
import org.synapsejdbc.local.sql.check.TableSchema;

/**
 * A table-like entity as the table code sees it: the node, the addressed version, its schema.
 *
 * @param node     the entity
 * @param version  the addressed version (current when not a snapshot query)
 * @param snapshot true when a specific, non-current version was addressed ({@code syn123.4})
 * @param columns  the schema of that version, in order
 */
public record TableInfo(EntityRecord node, VersionRecord version, boolean snapshot, List<ColumnModel> columns) {

    public long id() {
        return node.id();
    }

    public EntityKind kind() {
        return node.kind();
    }

    public boolean isView() {
        return node.kind() != EntityKind.TABLE;
    }

    public ObjectNode props() {
        return version.props();
    }

    public boolean searchEnabled() {
        JsonNode s = version.props().get("isSearchEnabled");
        return s != null && s.asBoolean(false);
    }

    /** The engine's view of this table (a snapshot carries its version number). */
    public TableSchema schema() {
        return new TableSchema(node.id(), snapshot ? version.versionNumber() : null, isView(), List.copyOf(columns),
                searchEnabled());
    }

    /** The {@code columnIds} of entity properties. */
    public static List<String> columnIds(ObjectNode props) {
        List<String> ids = new ArrayList<>();
        JsonNode arr = props == null ? null : props.get("columnIds");
        if (arr != null && arr.isArray()) {
            arr.forEach(n -> ids.add(n.asText()));
        }
        return ids;
    }
}
