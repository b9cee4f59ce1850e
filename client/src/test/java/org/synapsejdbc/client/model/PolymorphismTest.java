package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Polymorphic reads by {@code concreteType}, through interfaces and concrete classes. */
class PolymorphismTest {

    private final ObjectMapper mapper = SynapseJson.mapper();

    /** For every polymorphic interface and each implementation: written as the interface, read back as it. */
    @TestFactory
    Stream<DynamicTest> everyImplementationIsReadThroughEachOfItsInterfaces() {
        return ModelTypes.all().stream()
                .filter(c -> c.isInterface() && isPolymorphic(c))
                .flatMap(iface -> ModelTypes.polymorphicClasses().stream()
                        .filter(iface::isAssignableFrom)
                        .map(impl -> DynamicTest.dynamicTest(iface.getSimpleName() + " <- " + impl.getSimpleName(),
                                () -> roundTripThrough(iface, impl))));
    }

    private static boolean isPolymorphic(Class<?> type) {
        return type.isAnnotationPresent(JsonTypeInfo.class)
                || Arrays.stream(type.getInterfaces()).anyMatch(PolymorphismTest::isPolymorphic);
    }

    private void roundTripThrough(Class<?> iface, Class<?> impl) throws Exception {
        Object sample = ModelSamples.populated(impl);
        String json = mapper.writerFor(iface).writeValueAsString(sample);
        Object back = mapper.readValue(json, iface);
        assertEquals(impl, back.getClass());
        assertEquals(sample, back);
    }

    @Test
    void theRequiredInterfacesAreCovered() {
        for (Class<?> iface : List.of(Entity.class, FileHandle.class, Used.class, TableUpdateRequest.class,
                TableUpdateResponse.class, AsynchronousRequestBody.class, AsynchronousResponseBody.class,
                AppendableRowSet.class, QueryFilter.class, FacetColumnRequest.class, FacetColumnResult.class,
                BaseError.class, MultipartRequest.class)) {
            assertTrue(ModelTypes.polymorphicClasses().stream().anyMatch(iface::isAssignableFrom), iface.getName());
        }
        List<String> entities = ModelTypes.polymorphicClasses().stream()
                .filter(Entity.class::isAssignableFrom).map(Class::getSimpleName).sorted().toList();
        assertEquals(List.of("Dataset", "DatasetCollection", "DockerRepository", "EntityView", "FileEntity", "Folder",
                "Link", "MaterializedView", "Project", "SubmissionView", "TableEntity", "VirtualTable"), entities);
    }

    @Test
    void interfaceWithoutConcreteTypeIsRejected() {
        assertThrows(InvalidTypeIdException.class, () -> mapper.readValue("{\"name\":\"x\"}", Entity.class));
        assertThrows(InvalidTypeIdException.class, () -> mapper.readValue("{\"wasExecuted\":true}", Used.class));
    }

    @Test
    void unknownOrForeignConcreteTypeIsRejected() {
        assertThrows(InvalidTypeIdException.class, () -> mapper.readValue(
                "{\"concreteType\":\"org.sagebionetworks.repo.model.RecordSet\"}", Entity.class));
        assertThrows(InvalidTypeIdException.class, () -> mapper.readValue(
                "{\"concreteType\":\"org.sagebionetworks.repo.model.Folder\"}", FileHandle.class));
        assertThrows(InvalidTypeIdException.class, () -> mapper.readValue(
                "{\"concreteType\":\"org.sagebionetworks.repo.model.Folder\"}", FileEntity.class));
    }

    @Test
    void concreteClassNeedsNoConcreteType() throws Exception {
        assertEquals(new FileEntity().setName("x"), mapper.readValue("{\"name\":\"x\"}", FileEntity.class));
        assertEquals(new UsedURL().setUrl("https://x"), mapper.readValue("{\"url\":\"https://x\"}", UsedURL.class));
        assertEquals(new MultipartUploadCopyRequest().setFileName("f"),
                mapper.readValue("{\"fileName\":\"f\"}", MultipartUploadCopyRequest.class));
    }

    @Test
    void multipartRequestDefaultsToAnUpload() throws Exception {
        MultipartRequest request = mapper.readValue("{\"fileName\":\"a.csv\",\"partSizeBytes\":5242880}",
                MultipartRequest.class);
        assertEquals(new MultipartUploadRequest().setFileName("a.csv").setPartSizeBytes(5242880L), request);
    }

    @Test
    void interfacesWithoutModelledImplementationsReadAsNull() throws Exception {
        UserProfile profile = mapper.readValue("{\"ownerId\":\"1\",\"preferences\":[{\"concreteType\":"
                + "\"org.sagebionetworks.repo.model.UserBundlePreference\",\"name\":\"x\",\"value\":true}]}",
                UserProfile.class);
        assertEquals("1", profile.getOwnerId());
        assertNull(profile.getPreferences().get(0));
    }

    @Test
    void provenanceUsedList() throws Exception {
        Activity activity = mapper.readValue("{\"name\":\"a\",\"used\":["
                + "{\"concreteType\":\"org.sagebionetworks.repo.model.provenance.UsedEntity\","
                + "\"reference\":{\"targetId\":\"syn123\",\"targetVersionNumber\":4},\"wasExecuted\":false},"
                + "{\"concreteType\":\"org.sagebionetworks.repo.model.provenance.UsedURL\",\"name\":\"script\","
                + "\"url\":\"https://github.com/x\",\"wasExecuted\":true}]}", Activity.class);
        UsedEntity entity = assertInstanceOf(UsedEntity.class, activity.getUsed().get(0));
        assertEquals(4L, entity.getReference().getTargetVersionNumber());
        assertInstanceOf(UsedURL.class, activity.getUsed().get(1));
        SchemaValidator.assertValid("org.sagebionetworks.repo.model.provenance.Activity", mapper.valueToTree(activity));
    }

    @Test
    void tableTransactionRequestReadsEveryNestedType() throws Exception {
        JsonNode fixture = Fixtures.json("table-transaction-request.json");
        AsynchronousRequestBody body = mapper.treeToValue(fixture, AsynchronousRequestBody.class);
        TableUpdateTransactionRequest request = assertInstanceOf(TableUpdateTransactionRequest.class, body);
        TableSchemaChangeRequest schema = assertInstanceOf(TableSchemaChangeRequest.class, request.getChanges().get(0));
        assertEquals("789", schema.getChanges().get(0).getNewColumnId());
        AppendableRowSetRequest append = assertInstanceOf(AppendableRowSetRequest.class, request.getChanges().get(1));
        PartialRowSet rows = assertInstanceOf(PartialRowSet.class, append.getToAppend());
        assertEquals("[\"a\",\"b\"]", rows.getRows().get(0).getValues().get("789"));
        assertEquals(0, rows.getRows().get(2).getValues().size());
        assertNull(rows.getRows().get(3).getValues());
        JsonNode written = mapper.valueToTree(request);
        SchemaValidator.assertValid(fixture.get("concreteType").asText(), written);
        assertTrue(written.at("/changes/1/toAppend/rows/3").has("values"), "delete must write values:null");
        assertEquals(request, mapper.treeToValue(written, AsynchronousRequestBody.class));
    }

    @Test
    void asyncJobStatusCarriesTypedBodies() throws Exception {
        AsynchronousJobStatus status = mapper.treeToValue(Fixtures.json("async-job-status-complete.json"),
                AsynchronousJobStatus.class);
        assertEquals(AsynchJobState.COMPLETE, status.getJobState());
        QueryBundleRequest request = assertInstanceOf(QueryBundleRequest.class, status.getRequestBody());
        assertEquals("SELECT * FROM syn123", request.getQuery().getSql());
        QueryResultBundle result = assertInstanceOf(QueryResultBundle.class, status.getResponseBody());
        assertEquals(2L, result.getQueryCount());
    }

    @Test
    void queryResultBundleReadsAsAnAsyncResponse() throws Exception {
        AsynchronousResponseBody body = mapper.treeToValue(Fixtures.json("query-result-bundle.json"),
                AsynchronousResponseBody.class);
        QueryResultBundle bundle = assertInstanceOf(QueryResultBundle.class, body);
        RowSet rows = assertInstanceOf(RowSet.class, bundle.getQueryResult().getQueryResults());
        assertNull(rows.getRows().get(1).getValues().get(1));
        assertEquals(ColumnType.INTEGER, bundle.getSelectColumns().get(1).getColumnType());
        assertEquals("abc", bundle.getQueryResult().getNextPageToken().getToken());
        assertEquals(Fixtures.json("query-result-bundle.json").toString(), mapper.writeValueAsString(bundle));
    }
}
