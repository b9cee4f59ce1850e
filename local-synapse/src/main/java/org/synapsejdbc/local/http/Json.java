package org.synapsejdbc.local.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.synapsejdbc.client.model.SynapseJson;

/** The wire-JSON mapper of local-synapse: the client's shared {@link SynapseJson#mapper()}. */
public final class Json {

    private Json() {
    }

    public static ObjectMapper mapper() {
        return SynapseJson.mapper();
    }

    public static ObjectNode object() {
        return mapper().createObjectNode();
    }

    /** A wire model or map as a JSON tree. */
    public static ObjectNode tree(Object value) {
        return mapper().valueToTree(value);
    }
}
