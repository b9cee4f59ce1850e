package org.synapsejdbc.local.table.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.synapsejdbc.local.entity.EntityKind;
import org.synapsejdbc.local.entity.EntityRecord;
import org.synapsejdbc.local.entity.EntityStore;
import org.synapsejdbc.local.entity.SynIds;

/**
 * The entities an entity view shows (synapse-view-columns.md §1): live entities of the masked types whose parent
 * lies in a scope container's tree; for a project-only mask ({@code 0x02}) the listed projects themselves.
 */
public final class ViewScope {

    private ViewScope() {
    }

    /** The entity kinds selected by a view type mask. */
    public static Set<EntityKind> kinds(long mask) {
        Set<EntityKind> out = EnumSet.noneOf(EntityKind.class);
        if ((mask & 0x01) != 0) out.add(EntityKind.FILE);
        if ((mask & 0x02) != 0) out.add(EntityKind.PROJECT);
        if ((mask & 0x04) != 0) out.add(EntityKind.TABLE);
        if ((mask & 0x08) != 0) out.add(EntityKind.FOLDER);
        if ((mask & 0x10) != 0) out.add(EntityKind.ENTITYVIEW);
        if ((mask & 0x20) != 0) out.add(EntityKind.DOCKERREPO);
        if ((mask & 0x40) != 0) out.add(EntityKind.SUBMISSIONVIEW);
        if ((mask & 0x80) != 0) out.add(EntityKind.DATASET);
        if ((mask & 0x100) != 0) out.add(EntityKind.DATASETCOLLECTION);
        if ((mask & 0x200) != 0) out.add(EntityKind.MATERIALIZEDVIEW);
        return out;
    }

    /** Numeric scope ids of view properties. */
    public static List<Long> scopeIds(ObjectNode props) {
        List<Long> out = new ArrayList<>();
        JsonNode arr = props.get("scopeIds");
        if (arr != null && arr.isArray()) {
            arr.forEach(n -> out.add(SynIds.parse(n.asText())));
        }
        return out;
    }

    public static long mask(ObjectNode props) {
        JsonNode m = props.get("viewTypeMask");
        return m == null || m.isNull() ? 0x01 : m.asLong();
    }

    /** One row of a view: an entity and the version shown (null = its current version). */
    public record Member(EntityRecord node, Long version) {
    }

    /**
     * The rows of a view: entity views show the entities in scope (current versions); datasets and dataset
     * collections exactly their items (the listed version, or the current one when none is given). Other view
     * kinds (submission views, materialized and virtual tables) have no rows here.
     */
    public static List<Member> rows(Connection c, EntityStore store, EntityKind kind, ObjectNode props)
            throws SQLException {
        List<Member> out = new ArrayList<>();
        if (kind == EntityKind.ENTITYVIEW) {
            for (EntityRecord n : members(c, store, scopeIds(props), mask(props))) {
                out.add(new Member(n, null));
            }
        } else if (kind == EntityKind.DATASET || kind == EntityKind.DATASETCOLLECTION) {
            JsonNode items = props.get("items");
            for (JsonNode item : items == null || !items.isArray() ? List.<JsonNode>of() : items) {
                long id = SynIds.parse(item.path("entityId").asText());
                JsonNode v = item.get("versionNumber");
                store.node(c, id).filter(n -> !n.trashed()).ifPresent(n ->
                        out.add(new Member(n, v == null || v.isNull() ? null : v.asLong())));
            }
        }
        return out;
    }

    /** The entities in scope, in id order. */
    public static List<EntityRecord> members(Connection c, EntityStore store, List<Long> scope, long mask)
            throws SQLException {
        Set<EntityKind> kinds = kinds(mask);
        Set<Long> ids = new LinkedHashSet<>();
        List<EntityRecord> out = new ArrayList<>();
        if (mask == 0x02) {
            for (long id : scope) {
                store.node(c, id).filter(n -> !n.trashed() && n.kind() == EntityKind.PROJECT).ifPresent(out::add);
            }
            return out;
        }
        for (long root : scope) {
            for (long id : store.subtree(c, root)) {
                if (id != root) {
                    ids.add(id);
                }
            }
        }
        for (long id : ids.stream().sorted().toList()) {
            store.node(c, id).filter(n -> !n.trashed() && kinds.contains(n.kind())).ifPresent(out::add);
        }
        return out;
    }
}
