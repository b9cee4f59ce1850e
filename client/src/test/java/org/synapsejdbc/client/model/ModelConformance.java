package org.synapsejdbc.client.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Holds one model class against its schema: an instance with every field set is serialized with
 * {@link SynapseJson#mapper()} and the JSON must conform to the schema, name every schema property, carry the
 * schema's name as {@code concreteType} if polymorphic, and read back into an equal object.
 */
final class ModelConformance {

    private final SchemaIndex index;
    private final SchemaValidator validator;

    ModelConformance(SchemaIndex index) {
        this.index = index;
        this.validator = new SchemaValidator(index);
    }

    /** Every problem found; empty if the class conforms. */
    List<String> check(Class<?> modelClass, String schemaName) {
        ObjectMapper mapper = SynapseJson.mapper();
        Object sample = ModelSamples.populated(modelClass);
        JsonNode json = mapper.valueToTree(sample);
        List<String> problems = new ArrayList<>(validator.validate(schemaName, json));
        for (Map.Entry<String, JsonNode> property : index.properties(schemaName).entrySet()) {
            if (!json.has(property.getKey()) && !unmodelled(property.getValue())) {
                problems.add("$." + property.getKey() + ": schema property never written by " + modelClass.getSimpleName());
            }
        }
        if (index.isPolymorphic(schemaName) && !schemaName.equals(json.path("concreteType").asText())) {
            problems.add("$.concreteType: expected " + schemaName + " but was " + json.get("concreteType"));
        }
        try {
            Object back = mapper.treeToValue(json, modelClass);
            if (!sample.equals(back)) {
                problems.add("round trip changed the object: " + sample + " became " + back);
            }
        } catch (JsonProcessingException e) {
            problems.add("round trip failed: " + e.getOriginalMessage());
        }
        return problems;
    }

    /** Whether a property holds an interface that has no implementation among the schemas (so no sample). */
    private boolean unmodelled(JsonNode spec) {
        JsonNode target = spec.path("type").asText().equals("array") ? spec.path("items") : spec;
        String ref = target.path("$ref").asText(null);
        return ref != null && index.has(ref) && index.isInterface(ref) && index.implementations(ref).isEmpty();
    }
}
