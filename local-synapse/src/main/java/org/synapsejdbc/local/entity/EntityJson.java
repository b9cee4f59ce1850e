package org.synapsejdbc.local.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;
import org.synapsejdbc.client.model.Entity;
import org.synapsejdbc.client.model.ModelTypes;
import org.synapsejdbc.local.http.ApiException;
import org.synapsejdbc.local.http.Json;
import org.synapsejdbc.local.http.JsonBodies;
import org.synapsejdbc.local.http.WireDates;

/** Converts between request bodies, stored properties and the entity JSON Synapse serves. */
public final class EntityJson {

    /** The etag non-current versions are served with. */
    public static final String ZERO_ETAG = "00000000-0000-0000-0000-000000000000";

    /** Fields kept in NODE / NODE_VERSION columns or computed by the server; never stored in PROPS. */
    static final Set<String> SERVER_FIELDS = Set.of("id", "name", "description", "etag", "createdOn", "createdBy",
            "modifiedOn", "modifiedBy", "parentId", "concreteType", "versionNumber", "versionLabel",
            "versionComment", "isLatestVersion");

    /** Type-specific read-only fields (server computed), dropped from request bodies. */
    private static final Map<EntityKind, Set<String>> READ_ONLY = Map.of(
            EntityKind.DATASET, Set.of("size", "checksum", "count"),
            EntityKind.DATASETCOLLECTION, Set.of("size", "checksum", "count"));

    private EntityJson() {
    }

    /** The entity kind named by a body's {@code concreteType}, with Synapse's 400s for missing/unknown ones. */
    public static EntityKind kindOf(JsonNode body) {
        JsonNode ct = body.get("concreteType");
        if (ct == null || ct.isNull()) {
            throw JsonBodies.missingConcreteType(ModelTypes.schemaName(Entity.class));
        }
        String value = ct.asText();
        return EntityKind.byConcreteType(value).orElseThrow(() -> ModelTypes.forSchemaName(value).isPresent()
                ? ApiException.badRequest("Unexpected concreteType: \"" + value + "\" is not of type \""
                        + ModelTypes.schemaName(Entity.class) + "\"")
                : ApiException.badRequest("Unknown concreteType : '" + value + "'"));
    }

    /** The body parsed as its model (unknown properties dropped), as a tree. */
    public static ObjectNode modelTree(EntityKind kind, JsonNode body) {
        return Json.tree(JsonBodies.convert(body, kind.modelClass()));
    }

    /** The type-specific properties of a parsed body. */
    public static ObjectNode props(EntityKind kind, ObjectNode model) {
        ObjectNode props = model.deepCopy();
        props.remove(SERVER_FIELDS);
        props.remove(READ_ONLY.getOrDefault(kind, Set.of()));
        if (props.get("scopeIds") instanceof ArrayNode scopes) {
            // Synapse stores view scopes as numbers and serves them without the "syn" prefix.
            ArrayNode normalized = props.putArray("scopeIds");
            for (JsonNode s : scopes) {
                normalized.add(Long.toString(SynIds.parse(s.asText())));
            }
        }
        return props;
    }

    /** The entity as served: node fields + the version's properties; non-current versions get the zero etag. */
    public static Entity compose(EntityRecord n, VersionRecord v) {
        boolean current = v.versionNumber() == n.currentVersion();
        ObjectNode t = v.props().deepCopy();
        t.put("concreteType", n.kind().concreteType());
        t.put("id", n.synId());
        t.put("name", n.name());
        if (n.description() != null) {
            t.put("description", n.description());
        }
        t.put("etag", current ? n.etag() : ZERO_ETAG);
        t.put("createdOn", WireDates.format(n.createdOn()));
        t.put("createdBy", Long.toString(n.createdBy()));
        t.put("modifiedOn", WireDates.format(current ? n.modifiedOn() : v.modifiedOn()));
        t.put("modifiedBy", Long.toString(current ? n.modifiedBy() : v.modifiedBy()));
        if (n.parentId() != null) {
            t.put("parentId", SynIds.format(n.parentId()));
        }
        if (n.kind().versionable()) {
            t.put("versionNumber", v.versionNumber());
            t.put("versionLabel", v.label());
            if (v.comment() != null) {
                t.put("versionComment", v.comment());
            }
            t.put("isLatestVersion", current);
        }
        return JsonBodies.convert(t, n.kind().modelClass());
    }
}
