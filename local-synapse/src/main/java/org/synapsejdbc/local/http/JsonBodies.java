package org.synapsejdbc.local.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;

/** Converts JSON request trees into wire models, turning Jackson failures into Synapse's 400 texts. */
public final class JsonBodies {

    private JsonBodies() {
    }

    public static <T> T convert(JsonNode tree, Class<T> type) {
        try {
            return Json.mapper().treeToValue(tree, type);
        } catch (InvalidTypeIdException e) {
            throw typeIdProblem(tree, type, e);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("Could not read JSON: " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    /* The failing member may be nested (e.g. a TableUpdateRequest inside a transaction request). */
    private static ApiException typeIdProblem(JsonNode tree, Class<?> type, InvalidTypeIdException e) {
        Class<?> base = e.getBaseType() != null ? e.getBaseType().getRawClass() : type;
        String iface = synapseNameOr(base, type);
        String typeId = e.getTypeId();
        if (typeId == null) {
            return missingConcreteType(iface);
        }
        if (org.synapsejdbc.client.model.ModelTypes.forSchemaName(typeId).isPresent()) {
            return ApiException.badRequest("Unexpected concreteType: \"" + typeId + "\" is not of type \"" + iface + "\"");
        }
        return ApiException.badRequest("Unknown concreteType : '" + typeId + "'");
    }

    private static String synapseNameOr(Class<?> preferred, Class<?> fallback) {
        try {
            return synapseName(preferred);
        } catch (IllegalArgumentException notAModel) {
            try {
                return synapseName(fallback);
            } catch (IllegalArgumentException neither) {
                return fallback.getName();
            }
        }
    }

    /** Synapse's text when a polymorphic body lacks {@code concreteType}. */
    public static ApiException missingConcreteType(String synapseInterfaceName) {
        String msg = "Missing 'concreteType' property, cannot discriminate polymorphic type " + synapseInterfaceName;
        return ApiException.badRequest(msg + "; nested exception is "
                + "org.sagebionetworks.schema.adapter.JSONObjectAdapterException: " + msg);
    }

    /** The Synapse fully qualified name of a model type. */
    public static String synapseName(Class<?> type) {
        return org.synapsejdbc.client.model.ModelTypes.schemaName(type);
    }
}
