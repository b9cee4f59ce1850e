package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Holds every class of the model package against its Synapse schema file. */
class SchemaConformanceTest {

    /** Classes of the package that are infrastructure, not schema models. */
    private static final Set<String> NOT_SCHEMA_MODELS = Set.of(
            "SynapseJson", "SynapseInstant", "TupleArrayMap", "ModelTypes", "PaginatedResults", "ListWrapper");

    private static final SchemaIndex SCHEMAS = SchemaIndex.standard();

    @TestFactory
    Stream<DynamicTest> everyModelConformsToItsSchema() throws Exception {
        List<Class<?>> models = modelClasses();
        assertTrue(models.size() > 150, "found only " + models.size() + " model classes");
        return models.stream().map(c -> DynamicTest.dynamicTest(c.getSimpleName(), () -> checkModel(c)));
    }

    @Test
    void everySchemaAndInlineEnumHasAModelType() throws Exception {
        Set<String> modelNames = modelClasses().stream().map(Class::getSimpleName).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        Stream.concat(SCHEMAS.names().stream(), SCHEMAS.enumNames().stream())
                .map(SchemaIndex::simpleName)
                .filter(name -> !modelNames.contains(name))
                .forEach(missing::add);
        assertEquals(Set.of(), missing, "schemas without a model class");
    }

    @Test
    void everyModelIsRegisteredUnderItsSchemaName() throws Exception {
        for (Class<?> model : modelClasses()) {
            String schemaName = schemaNameOf(model);
            assertEquals(schemaName, ModelTypes.schemaName(model), model.getSimpleName());
            assertEquals(model, ModelTypes.forSchemaName(schemaName).orElseThrow());
        }
        assertEquals(modelClasses().size(), ModelTypes.all().size(), "ModelTypes lists a class that does not exist");
    }

    @Test
    void checkerRejectsMisspeltWrongTypedAndIncompleteClass() {
        List<String> problems = new ModelConformance(SCHEMAS)
                .check(MisspeltFolder.class, "org.sagebionetworks.repo.model.Folder");
        String all = String.join("\n", problems);
        assertTrue(all.contains("$.parentID: unknown property of Folder"), all);
        assertTrue(all.contains("$.createdOn: expected a string but was a number"), all);
        assertTrue(all.contains("$.parentId: schema property never written"), all);
        assertTrue(all.contains("$.concreteType: expected org.sagebionetworks.repo.model.Folder"), all);
    }

    @Test
    void checkerAcceptsTheRealFolder() {
        assertEquals(List.of(), new ModelConformance(SCHEMAS).check(Folder.class, "org.sagebionetworks.repo.model.Folder"));
    }

    private static void checkModel(Class<?> model) {
        String schemaName = schemaNameOf(model);
        if (model.isEnum()) {
            List<String> constants = Arrays.stream(model.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
            assertEquals(SCHEMAS.enumValues(schemaName), constants, "enum constants of " + model.getSimpleName());
        } else if (model.isInterface()) {
            checkInterface(model, schemaName);
        } else {
            assertFalse(SCHEMAS.isInterface(schemaName), schemaName + " is an interface in the schema");
            assertFalse(Modifier.isAbstract(model.getModifiers()), model + " must be instantiable");
            List<String> problems = new ModelConformance(SCHEMAS).check(model, schemaName);
            if (!problems.isEmpty()) {
                fail(model.getSimpleName() + " does not conform to " + schemaName + ":\n  "
                        + String.join("\n  ", problems));
            }
        }
    }

    private static void checkInterface(Class<?> model, String schemaName) {
        assertTrue(SCHEMAS.isInterface(schemaName), schemaName + " is not an interface in the schema");
        boolean typed = findTypeInfo(model);
        assertEquals(SCHEMAS.isPolymorphic(schemaName), typed,
                model.getSimpleName() + ": @JsonTypeInfo must be present exactly when the schema has concreteType");
        Set<String> properties = SCHEMAS.properties(schemaName).keySet();
        List<String> problems = new ArrayList<>();
        for (Method method : model.getDeclaredMethods()) {
            String name = method.getName();
            if (name.startsWith("get") && method.getParameterCount() == 0) {
                String property = Character.toLowerCase(name.charAt(3)) + name.substring(4);
                if (!properties.contains(property)) {
                    problems.add(name + "() has no schema property '" + property + "'");
                }
            }
        }
        SCHEMAS.schema(schemaName).path("properties").fieldNames().forEachRemaining(property -> {
            String getter = "get" + Character.toUpperCase(property.charAt(0)) + property.substring(1);
            if (Arrays.stream(model.getMethods()).noneMatch(m -> m.getName().equals(getter))) {
                problems.add("no getter " + getter + "() for schema property '" + property + "'");
            }
        });
        assertEquals(List.of(), problems, model.getSimpleName());
    }

    private static boolean findTypeInfo(Class<?> type) {
        if (type.isAnnotationPresent(JsonTypeInfo.class)) {
            return true;
        }
        return Arrays.stream(type.getInterfaces()).anyMatch(SchemaConformanceTest::findTypeInfo);
    }

    private static String schemaNameOf(Class<?> model) {
        return SCHEMAS.forSimpleName(model.getSimpleName())
                .orElseThrow(() -> new AssertionError("no schema named like " + model.getName()));
    }

    /** Every top-level class compiled into the model package, except the infrastructure classes. */
    static List<Class<?>> modelClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        URL marker = SynapseJson.class.getResource("SynapseJson.class");
        if (marker == null || !"file".equals(marker.getProtocol())) {
            throw new IllegalStateException("The model package must be on the class path as a directory: " + marker);
        }
        Path directory = Path.of(marker.toURI()).getParent();
        List<String> names;
        try (Stream<Path> files = Files.list(directory)) {
            names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .map(n -> n.substring(0, n.length() - ".class".length()))
                    .filter(n -> !NOT_SCHEMA_MODELS.contains(n))
                    .sorted()
                    .toList();
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            classes.add(Class.forName(SynapseJson.class.getPackageName() + "." + name));
        }
        return classes;
    }
}
