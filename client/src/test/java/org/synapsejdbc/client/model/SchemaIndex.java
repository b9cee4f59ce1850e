package org.synapsejdbc.client.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Synapse's JSON schemas (the dialect described in the schema directory's README), loaded and indexed by
 * fully qualified name, with {@code implements}/{@code extends} resolved.
 */
public final class SchemaIndex {

    /** The system property naming the schema directory; the client and local-synapse poms set it. */
    public static final String DIRECTORY_PROPERTY = "synapse.schemas.dir";

    private static final String SHARED_SUBPATH = "shared/synapse-rest-schemas";

    private static volatile SchemaIndex standard;

    private final Map<String, JsonNode> schemas = new TreeMap<>();
    /** Enumerations by fully qualified name: enum files and inline enums (by {@code id}, else package + name). */
    private final Map<String, List<String>> enums = new TreeMap<>();
    private final Map<String, String> bySimpleName = new HashMap<>();
    private final Map<String, Map<String, JsonNode>> resolved = new ConcurrentHashMap<>();

    private SchemaIndex(Path directory) {
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".json"))::iterator) {
                String relative = directory.relativize(file).toString().replace('\\', '/');
                String name = relative.substring(0, relative.length() - ".json".length()).replace('/', '.');
                schemas.put(name, json.readTree(file.toFile()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read schemas from " + directory, e);
        }
        if (schemas.isEmpty()) {
            throw new IllegalStateException("No schema files under " + directory);
        }
        schemas.forEach((name, schema) -> {
            bySimpleName.put(simpleName(name), name);
            if (schema.has("enum")) {
                enums.put(name, enumNames(schema));
            }
            schema.path("properties").forEach(property -> {
                if (property.has("enum")) {
                    String id = property.has("id") ? property.get("id").asText()
                            : packageOf(name) + "." + property.path("name").asText();
                    enums.put(id, enumNames(property));
                    bySimpleName.put(simpleName(id), id);
                }
            });
        });
    }

    /** The index of the schema directory found by {@link #defaultDirectory()}, loaded once. */
    public static SchemaIndex standard() {
        SchemaIndex index = standard;
        if (index == null) {
            synchronized (SchemaIndex.class) {
                if (standard == null) {
                    standard = new SchemaIndex(defaultDirectory());
                }
                index = standard;
            }
        }
        return index;
    }

    /** Loads the schemas under a directory laid out like {@code shared/synapse-rest-schemas}. */
    public static SchemaIndex load(Path directory) {
        return new SchemaIndex(directory);
    }

    /**
     * The schema directory: the system property {@value #DIRECTORY_PROPERTY} if it names a directory, else the
     * first {@code shared/synapse-rest-schemas} found in the working directory or one of its parents.
     */
    public static Path defaultDirectory() {
        String configured = System.getProperty(DIRECTORY_PROPERTY);
        if (configured != null && Files.isDirectory(Path.of(configured))) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(SHARED_SUBPATH);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("Synapse schemas not found: set -D" + DIRECTORY_PROPERTY
                + " or run below a directory containing " + SHARED_SUBPATH);
    }

    /** Every model name (schema files only, not inline enums). */
    public Set<String> names() {
        return Collections.unmodifiableSet(schemas.keySet());
    }

    /** Every enumeration name, including inline enums. */
    public Set<String> enumNames() {
        return Collections.unmodifiableSet(enums.keySet());
    }

    public boolean has(String name) {
        return schemas.containsKey(name);
    }

    /** The raw schema of a model. */
    public JsonNode schema(String name) {
        JsonNode schema = schemas.get(name);
        if (schema == null) {
            throw new IllegalArgumentException("No schema named " + name);
        }
        return schema;
    }

    /** The fully qualified name of a model or enum (inline enums included) with this simple name. */
    public Optional<String> forSimpleName(String simpleName) {
        return Optional.ofNullable(bySimpleName.get(simpleName));
    }

    public boolean isEnum(String name) {
        return enums.containsKey(name);
    }

    /** The wire values of an enumeration, in schema order. */
    public List<String> enumValues(String name) {
        List<String> values = enums.get(name);
        if (values == null) {
            throw new IllegalArgumentException("No enum named " + name);
        }
        return values;
    }

    public boolean isInterface(String name) {
        return "interface".equals(schema(name).path("type").asText());
    }

    /** Whether objects of this model carry a {@code concreteType} (declared or inherited). */
    public boolean isPolymorphic(String name) {
        return properties(name).containsKey("concreteType");
    }

    /** The {@code defaultConcreteType} of an interface, if it declares one. */
    public Optional<String> defaultConcreteType(String name) {
        JsonNode value = schema(name).get("defaultConcreteType");
        return value == null ? Optional.empty() : Optional.of(value.asText());
    }

    /** The direct supertypes: {@code implements} then {@code extends}. */
    public List<String> supertypes(String name) {
        JsonNode schema = schema(name);
        List<String> supers = new ArrayList<>();
        schema.path("implements").forEach(ref -> supers.add(ref.path("$ref").asText()));
        if (schema.has("extends")) {
            supers.add(schema.get("extends").path("$ref").asText());
        }
        return supers;
    }

    /** Every supertype, transitively. */
    public Set<String> ancestors(String name) {
        Set<String> all = new LinkedHashSet<>();
        for (String parent : supertypes(name)) {
            if (all.add(parent)) {
                all.addAll(ancestors(parent));
            }
        }
        return all;
    }

    /** The non-interface models that implement or extend a model, transitively. */
    public Set<String> implementations(String name) {
        Set<String> result = new TreeSet<>();
        for (String candidate : schemas.keySet()) {
            if (!isEnum(candidate) && !isInterface(candidate) && ancestors(candidate).contains(name)) {
                result.add(candidate);
            }
        }
        return result;
    }

    /** All properties of a model, inherited ones first; a model's own declaration wins. */
    public Map<String, JsonNode> properties(String name) {
        Map<String, JsonNode> cached = resolved.get(name);
        if (cached != null) {
            return cached;
        }
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        for (String parent : supertypes(name)) {
            properties(parent).forEach(properties::putIfAbsent);
        }
        schema(name).path("properties").properties().forEach(e -> properties.put(e.getKey(), e.getValue()));
        Map<String, JsonNode> result = Collections.unmodifiableMap(properties);
        resolved.put(name, result);
        return result;
    }

    /** The properties marked {@code "required": true}, inherited ones included. */
    public Set<String> required(String name) {
        Set<String> required = new LinkedHashSet<>();
        properties(name).forEach((property, spec) -> {
            if (spec.path("required").asBoolean(false)) {
                required.add(property);
            }
        });
        return required;
    }

    /** The enumeration a property spec refers to or declares inline, if any. */
    public Optional<List<String>> enumOf(JsonNode spec) {
        if (spec.has("enum")) {
            return Optional.of(enumNames(spec));
        }
        if (spec.has("$ref") && isEnum(spec.get("$ref").asText())) {
            return Optional.of(enumValues(spec.get("$ref").asText()));
        }
        return Optional.empty();
    }

    public static String simpleName(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static String packageOf(String name) {
        return name.substring(0, name.lastIndexOf('.'));
    }

    private static List<String> enumNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.get("enum").forEach(e -> names.add(e.isObject() ? e.path("name").asText() : e.asText()));
        return List.copyOf(names);
    }
}
