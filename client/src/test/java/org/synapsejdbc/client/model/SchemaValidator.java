package org.synapsejdbc.client.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates JSON bodies against Synapse's schemas and reports every violation with its JSON path.
 *
 * <p>It checks unknown properties, JSON types, enum values, {@code date-time} format (Synapse's
 * {@code 2024-10-24T18:07:06.123Z}), required properties and {@code concreteType} (present on every polymorphic
 * object, naming an implementation of the declared type, whose schema is then used), recursively through
 * {@code $ref}, arrays, maps and tuplearraymaps. A JSON {@code null} counts as an absent property. Besides schema
 * names, {@code PaginatedResults<name>} and {@code ListWrapper<name>} validate the generic wrappers.
 *
 * <p>Typical use in a server test: {@code SchemaValidator.assertValid("org.sagebionetworks.repo.model.FileEntity",
 * body)}.
 */
public final class SchemaValidator {

    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
    private static final Pattern WRAPPER = Pattern.compile("(PaginatedResults|ListWrapper)<([\\w.]+)>");
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private static volatile SchemaValidator standard;

    private final SchemaIndex index;

    public SchemaValidator(SchemaIndex index) {
        this.index = index;
    }

    /** The validator over {@link SchemaIndex#standard()}. */
    public static SchemaValidator standard() {
        SchemaValidator validator = standard;
        if (validator == null) {
            validator = new SchemaValidator(SchemaIndex.standard());
            standard = validator;
        }
        return validator;
    }

    /**
     * Fails with an {@link AssertionError} listing every violation if the body does not conform.
     *
     * @param schemaName e.g. {@code org.sagebionetworks.repo.model.FileEntity} or
     *                   {@code PaginatedResults<org.sagebionetworks.repo.model.VersionInfo>}
     */
    public static void assertValid(String schemaName, JsonNode body) {
        List<String> violations = standard().validate(schemaName, body);
        if (!violations.isEmpty()) {
            throw new AssertionError("Body does not conform to " + schemaName + ":\n  "
                    + String.join("\n  ", violations) + "\nbody: " + body);
        }
    }

    /** {@link #assertValid(String, JsonNode)} for a JSON text. */
    public static void assertValid(String schemaName, String json) {
        try {
            assertValid(schemaName, SynapseJson.mapper().readTree(json));
        } catch (JsonProcessingException e) {
            throw new AssertionError("Not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Every violation of the named schema by the body, as {@code "<json path>: <problem>"}; empty if valid. */
    public List<String> validate(String schemaName, JsonNode body) {
        List<String> violations = new ArrayList<>();
        Matcher wrapper = WRAPPER.matcher(schemaName);
        if (wrapper.matches()) {
            validateWrapper(wrapper.group(1), wrapper.group(2), body, violations);
        } else {
            requireKnown(schemaName);
            validateObject(schemaName, body, "$", violations);
        }
        return violations;
    }

    private void validateWrapper(String wrapper, String element, JsonNode body, List<String> out) {
        requireKnown(element);
        if (!body.isObject()) {
            out.add("$: expected an object (" + wrapper + ") but was " + kind(body));
            return;
        }
        String listField = wrapper.equals("PaginatedResults") ? "results" : "list";
        body.properties().forEach(e -> {
            String path = "$." + e.getKey();
            JsonNode value = e.getValue();
            if (e.getKey().equals(listField)) {
                validateArrayOf(element, value, path, out);
            } else if (wrapper.equals("PaginatedResults") && e.getKey().equals("totalNumberOfResults")) {
                if (!value.isNull() && !value.canConvertToExactIntegral()) {
                    out.add(path + ": expected an integer but was " + kind(value));
                }
            } else if (wrapper.equals("ListWrapper") && e.getKey().equals("concreteType")) {
                if (!value.isNull() && !element.equals(value.asText())) {
                    out.add(path + ": expected \"" + element + "\" but was " + value);
                }
            } else {
                out.add(path + ": unknown property of " + wrapper);
            }
        });
        if (body.path(listField).isMissingNode() || body.get(listField).isNull()) {
            out.add("$: missing required property '" + listField + "'");
        }
    }

    private void validateArrayOf(String element, JsonNode value, String path, List<String> out) {
        if (value.isNull()) {
            return;
        }
        if (!value.isArray()) {
            out.add(path + ": expected an array but was " + kind(value));
            return;
        }
        for (int i = 0; i < value.size(); i++) {
            validateObject(element, value.get(i), path + "[" + i + "]", out);
        }
    }

    private void validateObject(String declared, JsonNode node, String path, List<String> out) {
        if (node.isNull()) {
            return;
        }
        if (!node.isObject()) {
            out.add(path + ": expected an object (" + SchemaIndex.simpleName(declared) + ") but was " + kind(node));
            return;
        }
        Optional<String> target = concreteSchema(declared, node, path, out);
        if (target.isEmpty()) {
            return;
        }
        String schema = target.get();
        Map<String, JsonNode> properties = index.properties(schema);
        node.properties().forEach(e -> {
            String childPath = path + pathSegment(e.getKey());
            JsonNode spec = properties.get(e.getKey());
            if (spec == null) {
                out.add(childPath + ": unknown property of " + SchemaIndex.simpleName(schema));
            } else {
                validateValue(spec, e.getValue(), childPath, out);
            }
        });
        for (String required : index.required(schema)) {
            if (node.path(required).isMissingNode() || node.get(required).isNull()) {
                out.add(path + ": missing required property '" + required + "' of " + SchemaIndex.simpleName(schema));
            }
        }
    }

    /** The schema to validate a polymorphic object against, picked by its concreteType; empty if impossible. */
    private Optional<String> concreteSchema(String declared, JsonNode node, String path, List<String> out) {
        if (!index.isPolymorphic(declared)) {
            return Optional.of(declared);
        }
        JsonNode concreteType = node.get("concreteType");
        if (concreteType == null || concreteType.isNull()) {
            out.add(path + ": missing concreteType (" + SchemaIndex.simpleName(declared) + " is polymorphic)");
            if (index.isInterface(declared)) {
                return index.defaultConcreteType(declared);
            }
            return Optional.of(declared);
        }
        String name = concreteType.asText();
        if (!concreteType.isTextual() || !index.has(name)) {
            out.add(path + ".concreteType: unknown concreteType " + concreteType);
            return Optional.empty();
        }
        if (!name.equals(declared) && !index.ancestors(name).contains(declared)) {
            out.add(path + ".concreteType: " + name + " is not a " + declared);
            return Optional.empty();
        }
        if (index.isInterface(name)) {
            out.add(path + ".concreteType: " + name + " is an interface, not an implementation");
            return Optional.empty();
        }
        return Optional.of(name);
    }

    private void validateValue(JsonNode spec, JsonNode value, String path, List<String> out) {
        if (value.isNull()) {
            return;
        }
        Optional<List<String>> enumValues = index.enumOf(spec);
        if (enumValues.isPresent()) {
            if (!value.isTextual() || !enumValues.get().contains(value.asText())) {
                out.add(path + ": " + value + " is not one of " + enumValues.get());
            }
            return;
        }
        if (spec.has("$ref")) {
            validateObject(spec.get("$ref").asText(), value, path, out);
            return;
        }
        String type = spec.path("type").asText();
        switch (type) {
            case "string" -> {
                if (!value.isTextual()) {
                    out.add(path + ": expected a string but was " + kind(value));
                } else if ("date-time".equals(spec.path("format").asText())
                        && !DATE_TIME.matcher(value.asText()).matches()) {
                    out.add(path + ": date-time must look like 2024-10-24T18:07:06.123Z but was " + value);
                }
            }
            case "integer" -> {
                if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                    out.add(path + ": expected an integer but was " + kind(value));
                }
            }
            case "number" -> {
                if (!value.isNumber()) {
                    out.add(path + ": expected a number but was " + kind(value));
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    out.add(path + ": expected a boolean but was " + kind(value));
                }
            }
            case "array" -> validateArray(spec.get("items"), value, path, out);
            case "map" -> validateMap(spec, value, path, out);
            case "tuplearraymap" -> validateTupleArrayMap(spec, value, path, out);
            default -> out.add(path + ": the schema declares an unsupported type '" + type + "'");
        }
    }

    private void validateArray(JsonNode items, JsonNode value, String path, List<String> out) {
        if (!value.isArray()) {
            out.add(path + ": expected an array but was " + kind(value));
            return;
        }
        for (int i = 0; i < value.size(); i++) {
            validateValue(items, value.get(i), path + "[" + i + "]", out);
        }
    }

    private void validateMap(JsonNode spec, JsonNode value, String path, List<String> out) {
        if (!value.isObject()) {
            out.add(path + ": expected an object (map) but was " + kind(value));
            return;
        }
        Optional<List<String>> keyEnum = index.enumOf(spec.path("key"));
        value.properties().forEach(e -> {
            String childPath = path + pathSegment(e.getKey());
            if (keyEnum.isPresent() && !keyEnum.get().contains(e.getKey())) {
                out.add(childPath + ": map key '" + e.getKey() + "' is not one of " + keyEnum.get());
            }
            validateValue(spec.get("value"), e.getValue(), childPath, out);
        });
    }

    private void validateTupleArrayMap(JsonNode spec, JsonNode value, String path, List<String> out) {
        if (!value.isArray()) {
            out.add(path + ": expected an array of {\"key\",\"value\"} objects but was " + kind(value));
            return;
        }
        for (int i = 0; i < value.size(); i++) {
            String entryPath = path + "[" + i + "]";
            JsonNode entry = value.get(i);
            if (!entry.isObject()) {
                out.add(entryPath + ": expected a {\"key\",\"value\"} object but was " + kind(entry));
                continue;
            }
            entry.properties().forEach(e -> {
                String field = e.getKey();
                if (field.equals("key") || field.equals("value")) {
                    validateValue(spec.get(field), e.getValue(), entryPath + "." + field, out);
                } else {
                    out.add(entryPath + "." + field + ": unknown property of a tuplearraymap entry");
                }
            });
            if (entry.path("key").isMissingNode() || entry.get("key").isNull()) {
                out.add(entryPath + ": missing required property 'key'");
            }
        }
    }

    private void requireKnown(String schemaName) {
        if (!index.has(schemaName)) {
            throw new IllegalArgumentException("No schema named " + schemaName);
        }
    }

    private static String pathSegment(String key) {
        return PLAIN_KEY.matcher(key).matches() ? "." + key : "['" + key.replace("'", "\\'") + "']";
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string " + node;
            case NUMBER -> "a number " + node;
            case BOOLEAN -> "a boolean " + node;
            case NULL -> "null";
            default -> node.getNodeType().toString().toLowerCase();
        };
    }
}
