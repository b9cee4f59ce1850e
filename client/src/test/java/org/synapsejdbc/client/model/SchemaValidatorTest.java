package org.synapsejdbc.client.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shows that {@link SchemaValidator} accepts Synapse's documented bodies and reports each kind of violation. */
class SchemaValidatorTest {

    private static final String BUNDLE = "org.sagebionetworks.repo.model.table.QueryResultBundle";
    private static final String TRANSACTION = "org.sagebionetworks.repo.model.table.TableUpdateTransactionRequest";
    private static final String ACTIVITY = "org.sagebionetworks.repo.model.provenance.Activity";

    private final SchemaValidator validator = SchemaValidator.standard();

    @ParameterizedTest
    @CsvSource({
        "query-result-bundle.json, org.sagebionetworks.repo.model.table.QueryResultBundle",
        "table-transaction-request.json, org.sagebionetworks.repo.model.table.TableUpdateTransactionRequest",
        "query-bundle-request.json, org.sagebionetworks.repo.model.table.QueryBundleRequest",
        "query-bundle-request.json, org.sagebionetworks.repo.model.asynch.AsynchronousRequestBody",
        "async-job-status-complete.json, org.sagebionetworks.repo.model.asynch.AsynchronousJobStatus",
    })
    void documentedBodiesConform(String fixture, String schema) {
        assertEquals(List.of(), validator.validate(schema, Fixtures.json(fixture)));
        SchemaValidator.assertValid(schema, Fixtures.json(fixture));
    }

    @Test
    void reportsUnknownPropertyWithItsPath() {
        ObjectNode body = Fixtures.json("query-result-bundle.json");
        ((ObjectNode) body.at("/queryResult/queryResults/rows/1")).put("colour", "red");
        assertEquals(List.of("$.queryResult.queryResults.rows[1].colour: unknown property of Row"),
                validator.validate(BUNDLE, body));
    }

    @Test
    void reportsWrongJsonTypes() {
        ObjectNode body = Fixtures.json("query-result-bundle.json");
        body.put("queryCount", "2");
        body.put("maxRowsPerPage", 1.5);
        ((ArrayNode) body.at("/queryResult/queryResults/rows/0/values")).add(7);
        ((ObjectNode) body.at("/queryResult/queryResults")).put("headers", "none");
        assertEquals(List.of(
                "$.queryResult.queryResults.headers: expected an array but was a string \"none\"",
                "$.queryResult.queryResults.rows[0].values[2]: expected a string but was a number 7",
                "$.maxRowsPerPage: expected an integer but was a number 1.5",
                "$.queryCount: expected an integer but was a string \"2\""), validator.validate(BUNDLE, body));
    }

    @Test
    void reportsBadEnumValuesAndDates() {
        ObjectNode body = Fixtures.json("query-result-bundle.json");
        ((ObjectNode) body.at("/selectColumns/1")).put("columnType", "INT");
        body.put("lastUpdatedOn", "2024-10-24T18:07:06Z");
        List<String> violations = validator.validate(BUNDLE, body);
        assertEquals(2, violations.size(), violations.toString());
        assertTrue(violations.get(0).startsWith("$.selectColumns[1].columnType: \"INT\" is not one of [STRING, DOUBLE"),
                violations.get(0));
        assertEquals("$.lastUpdatedOn: date-time must look like 2024-10-24T18:07:06.123Z but was \"2024-10-24T18:07:06Z\"",
                violations.get(1));
    }

    @Test
    void reportsMissingRequiredPropertiesInsideMaps() {
        JsonNode annotations = json("{\"id\":\"syn1\",\"etag\":\"e\",\"annotations\":{"
                + "\"ok\":{\"type\":\"LONG\",\"value\":[\"1\"]},"
                + "\"my key\":{\"value\":[\"x\"]},"
                + "\"bad\":{\"type\":\"INTEGER\",\"value\":null}}}");
        assertEquals(List.of(
                "$.annotations['my key']: missing required property 'type' of AnnotationsValue",
                "$.annotations.bad.type: \"INTEGER\" is not one of [STRING, DOUBLE, LONG, TIMESTAMP_MS, BOOLEAN]",
                "$.annotations.bad: missing required property 'value' of AnnotationsValue"),
                validator.validate("org.sagebionetworks.repo.model.annotation.v2.Annotations", annotations));
    }

    @Test
    void validatesPolymorphicObjectsAgainstTheirConcreteSchema() {
        JsonNode activity = json("{\"name\":\"a\",\"used\":["
                + "{\"concreteType\":\"org.sagebionetworks.repo.model.provenance.UsedURL\",\"url\":\"https://x\","
                + "\"reference\":{\"targetId\":\"syn1\"}},"
                + "{\"reference\":{\"targetId\":\"syn1\"}},"
                + "{\"concreteType\":\"org.sagebionetworks.repo.model.Folder\"},"
                + "{\"concreteType\":\"org.sagebionetworks.repo.model.provenance.UsedFile\"},"
                + "{\"concreteType\":\"org.sagebionetworks.repo.model.provenance.Used\"},"
                + "{\"concreteType\":\"org.sagebionetworks.repo.model.provenance.UsedEntity\",\"wasExecuted\":\"no\"}]}");
        assertEquals(List.of(
                "$.used[0].reference: unknown property of UsedURL",
                "$.used[1]: missing concreteType (Used is polymorphic)",
                "$.used[2].concreteType: org.sagebionetworks.repo.model.Folder is not a "
                        + "org.sagebionetworks.repo.model.provenance.Used",
                "$.used[3].concreteType: unknown concreteType \"org.sagebionetworks.repo.model.provenance.UsedFile\"",
                "$.used[4].concreteType: org.sagebionetworks.repo.model.provenance.Used is an interface, "
                        + "not an implementation",
                "$.used[5].wasExecuted: expected a boolean but was a string \"no\""),
                validator.validate(ACTIVITY, activity));
    }

    @Test
    void polymorphicClassesMustCarryTheirConcreteType() {
        assertEquals(List.of("$: missing concreteType (Folder is polymorphic)"),
                validator.validate("org.sagebionetworks.repo.model.Folder", json("{\"name\":\"f\"}")));
        assertEquals(List.of(), validator.validate("org.sagebionetworks.repo.model.Folder",
                json("{\"concreteType\":\"org.sagebionetworks.repo.model.Folder\",\"name\":\"f\"}")));
    }

    @Test
    void interfaceWithDefaultConcreteTypeIsValidatedAsTheDefault() {
        List<String> violations = validator.validate("org.sagebionetworks.repo.model.file.MultipartRequest",
                json("{\"fileName\":\"a.csv\",\"fileSizeBytes\":\"big\"}"));
        assertEquals(List.of("$: missing concreteType (MultipartRequest is polymorphic)",
                "$.fileSizeBytes: expected an integer but was a string \"big\""), violations);
    }

    @Test
    void checksTupleArrayMapEntries() {
        ObjectNode body = Fixtures.json("table-transaction-request.json");
        ArrayNode rows = (ArrayNode) body.at("/changes/1/toAppend/rows");
        ((ObjectNode) rows.get(0).at("/values/0")).put("colour", "red");
        ((ObjectNode) rows.get(1)).putObject("values").put("123", "changed");
        ((ObjectNode) rows.get(2)).putArray("values").addObject().put("value", "no key");
        assertEquals(List.of(
                "$.changes[1].toAppend.rows[0].values[0].colour: unknown property of a tuplearraymap entry",
                "$.changes[1].toAppend.rows[1].values: expected an array of {\"key\",\"value\"} objects but was an object",
                "$.changes[1].toAppend.rows[2].values[0]: missing required property 'key'"),
                validator.validate(TRANSACTION, body));
    }

    @Test
    void checksEnumMapKeys() {
        JsonNode record = json("{\"id\":\"1\",\"userInfoClaims\":{\"email\":{\"essential\":true},\"shoeSize\":{}}}");
        assertEquals(List.of("$.userInfoClaims.shoeSize: map key 'shoeSize' is not one of "
                        + SchemaIndex.standard().enumValues("org.sagebionetworks.repo.model.oauth.OIDCClaimName")),
                validator.validate("org.sagebionetworks.repo.model.auth.AccessTokenRecord", record));
    }

    @Test
    void validatesGenericWrappers() {
        String versionInfo = "org.sagebionetworks.repo.model.VersionInfo";
        assertEquals(List.of(), validator.validate("PaginatedResults<" + versionInfo + ">",
                json("{\"results\":[{\"id\":\"syn1\",\"versionNumber\":1}],\"totalNumberOfResults\":1}")));
        assertEquals(List.of("$.results[0].versionNumber: expected an integer but was a string \"1\"",
                        "$.total: unknown property of PaginatedResults"),
                validator.validate("PaginatedResults<" + versionInfo + ">",
                        json("{\"results\":[{\"versionNumber\":\"1\"}],\"total\":1}")));
        String columnModel = "org.sagebionetworks.repo.model.table.ColumnModel";
        assertEquals(List.of(), validator.validate("ListWrapper<" + columnModel + ">",
                json("{\"concreteType\":\"" + columnModel + "\",\"list\":[{\"name\":\"a\",\"columnType\":\"STRING\"}]}")));
        assertEquals(List.of("$.concreteType: expected \"" + columnModel + "\" but was \"x\"",
                        "$: missing required property 'list'"),
                validator.validate("ListWrapper<" + columnModel + ">", json("{\"concreteType\":\"x\"}")));
    }

    @Test
    void reportsAWrongRootType() {
        assertEquals(List.of("$: expected an object (FileEntity) but was an array"),
                validator.validate("org.sagebionetworks.repo.model.FileEntity", json("[]")));
    }

    @Test
    void assertValidFailsWithEveryViolation() {
        AssertionError error = assertThrows(AssertionError.class, () -> SchemaValidator.assertValid(
                "org.sagebionetworks.repo.model.FileEntity",
                "{\"concreteType\":\"org.sagebionetworks.repo.model.FileEntity\",\"nmae\":\"x\",\"versionNumber\":true}"));
        assertTrue(error.getMessage().contains("$.nmae: unknown property of FileEntity"), error.getMessage());
        assertTrue(error.getMessage().contains("$.versionNumber: expected an integer but was a boolean true"),
                error.getMessage());
    }

    @Test
    void unknownSchemaNameIsAnError() {
        assertThrows(IllegalArgumentException.class,
                () -> validator.validate("org.sagebionetworks.repo.model.Nothing", json("{}")));
    }

    private static JsonNode json(String text) {
        try {
            return SynapseJson.mapper().readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
