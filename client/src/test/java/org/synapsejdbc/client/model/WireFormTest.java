package org.synapsejdbc.client.model;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The wire forms that plain Jackson would get wrong: dates, tuplearraymaps, nulls, unknown properties, errors. */
class WireFormTest {

    private final ObjectMapper mapper = SynapseJson.mapper();

    @ParameterizedTest
    @CsvSource({
        "2024-10-24T18:07:06Z, 2024-10-24T18:07:06.000Z",
        "2024-10-24T18:07:06.1Z, 2024-10-24T18:07:06.100Z",
        "2024-10-24T18:07:06.123456789Z, 2024-10-24T18:07:06.123Z",
    })
    void instantsAreWrittenWithExactlyThreeFractionDigits(String instant, String wire) throws Exception {
        Folder folder = new Folder().setCreatedOn(Instant.parse(instant));
        assertEquals(wire, mapper.valueToTree(folder).get("createdOn").asText());
    }

    @ParameterizedTest
    @CsvSource({
        "'\"2024-10-24T18:07:06.123Z\"', 2024-10-24T18:07:06.123Z",
        "'\"2024-10-24T18:07:06Z\"', 2024-10-24T18:07:06Z",
        "'\"2024-10-24T18:07:06.123456Z\"', 2024-10-24T18:07:06.123456Z",
        "'\"2024-10-24T20:07:06.123+02:00\"', 2024-10-24T18:07:06.123Z",
        "'\"2024-10-24T18:07:06.123\"', 2024-10-24T18:07:06.123Z",
        "1729793226123, 2024-10-24T18:07:06.123Z",
    })
    void instantsAreReadLeniently(String json, String expected) throws Exception {
        Folder folder = mapper.readValue("{\"createdOn\":" + json + "}", Folder.class);
        assertEquals(Instant.parse(expected), folder.getCreatedOn());
    }

    @Test
    void malformedInstantIsRejected() {
        assertThrows(JsonMappingException.class, () -> mapper.readValue("{\"createdOn\":\"yesterday\"}", Folder.class));
    }

    @Test
    void tupleArrayMapIsAnArrayOfKeyValueObjects() throws Exception {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("123", "a");
        values.put("456", null);
        PartialRow row = new PartialRow().setRowId(5L).setValues(values);
        String json = mapper.writeValueAsString(row);
        assertEquals("{\"rowId\":5,\"values\":[{\"key\":\"123\",\"value\":\"a\"},{\"key\":\"456\",\"value\":null}]}", json);
        PartialRow back = mapper.readValue(json, PartialRow.class);
        assertEquals(row, back);
        assertEquals(List.of("123", "456"), List.copyOf(back.getValues().keySet()));
    }

    @Test
    void partialRowDistinguishesDeleteFromNoChange() throws Exception {
        assertEquals("{\"rowId\":7,\"values\":null}", mapper.writeValueAsString(new PartialRow().setRowId(7L)));
        assertEquals("{\"rowId\":6,\"values\":[]}",
                mapper.writeValueAsString(new PartialRow().setRowId(6L).setValues(Map.of())));
        assertNull(mapper.readValue("{\"rowId\":7,\"values\":null}", PartialRow.class).getValues());
        assertEquals(Map.of(), mapper.readValue("{\"rowId\":6,\"values\":[]}", PartialRow.class).getValues());
    }

    @Test
    void tupleArrayMapRejectsAnObject() {
        assertThrows(JsonMappingException.class,
                () -> mapper.readValue("{\"values\":{\"123\":\"a\"}}", PartialRow.class));
        assertThrows(JsonMappingException.class,
                () -> mapper.readValue("{\"values\":[{\"value\":\"a\"}]}", PartialRow.class));
    }

    @Test
    void nullsAreOmittedAndConcreteTypeIsWritten() throws Exception {
        assertEquals("{\"concreteType\":\"org.sagebionetworks.repo.model.Folder\",\"name\":\"data\"}",
                mapper.writeValueAsString(new Folder().setName("data")));
        assertEquals("{\"sql\":\"SELECT * FROM syn1\"}", mapper.writeValueAsString(new Query().setSql("SELECT * FROM syn1")));
    }

    @Test
    void unknownPropertiesAreIgnored() throws Exception {
        Entity entity = mapper.readValue("{\"concreteType\":\"org.sagebionetworks.repo.model.Folder\","
                + "\"name\":\"f\",\"addedIn2030\":{\"nested\":[1,2]},\"another\":null}", Entity.class);
        assertEquals(new Folder().setName("f"), entity);
    }

    @Test
    void errorBodyIsTheDocumentedOne() throws Exception {
        assertEquals("{\"concreteType\":\"org.sagebionetworks.repo.model.ErrorResponse\",\"reason\":\"Not found\"}",
                mapper.writeValueAsString(new ErrorResponse().setReason("Not found")));
    }

    @Test
    void errorBodiesAreReadHowever() throws Exception {
        // Throttle bodies carry no concreteType.
        assertEquals("slow down", mapper.readValue("{\"reason\":\"slow down\"}", ErrorResponse.class).getReason());
        ErrorResponse unknownCode = mapper.readValue(
                "{\"concreteType\":\"org.sagebionetworks.repo.model.ErrorResponse\",\"reason\":\"r\",\"errorCode\":\"NEW\"}",
                ErrorResponse.class);
        assertNull(unknownCode.getErrorCode());
        ErrorResponse oauth = mapper.readValue("{\"concreteType\":\"org.sagebionetworks.repo.model.OAuthErrorResponse\","
                + "\"reason\":\"r\",\"error\":\"insufficient_scope\",\"error_description\":\"d\"}", ErrorResponse.class);
        OAuthErrorResponse expected = new OAuthErrorResponse().setError("insufficient_scope").setErrorDescription("d")
                .setReason("r");
        assertEquals(expected, oauth);
        assertEquals(expected, mapper.readValue(mapper.writeValueAsString(expected), BaseError.class));
        assertTrue(mapper.writeValueAsString(expected).contains("\"error_description\":\"d\""));
    }

    @Test
    void annotationsAreAPlainJsonObject() throws Exception {
        Annotations annotations = new Annotations().setId("syn1").setEtag("e").setAnnotations(Map.of(
                "species", new AnnotationsValue().setType(AnnotationsValueType.STRING).setValue(List.of("human"))));
        String json = mapper.writeValueAsString(annotations);
        assertEquals("{\"id\":\"syn1\",\"etag\":\"e\",\"annotations\":{\"species\":{\"type\":\"STRING\",\"value\":[\"human\"]}}}",
                json);
        assertEquals(annotations, mapper.readValue(json, Annotations.class));
    }

    @Test
    void genericWrappers() throws Exception {
        ColumnModel column = new ColumnModel().setName("a").setColumnType(ColumnType.STRING).setMaximumSize(50L);
        String json = mapper.writeValueAsString(ListWrapper.of(ColumnModel.class, List.of(column)));
        assertEquals("{\"concreteType\":\"org.sagebionetworks.repo.model.table.ColumnModel\",\"list\":"
                + "[{\"name\":\"a\",\"columnType\":\"STRING\",\"maximumSize\":50}]}", json);
        ListWrapper<ColumnModel> list = mapper.readValue(json, new TypeReference<>() { });
        assertEquals(column, list.getList().get(0));

        PaginatedResults<VersionInfo> page = mapper.readValue(
                "{\"results\":[{\"id\":\"syn1\",\"versionNumber\":2}],\"totalNumberOfResults\":1}", new TypeReference<>() { });
        assertEquals(PaginatedResults.of(List.of(new VersionInfo().setId("syn1").setVersionNumber(2L)), 1), page);
        assertThrows(IllegalArgumentException.class, () -> ListWrapper.of(String.class, List.of("x")));
    }

    @Test
    void tokensAreNotPrinted() {
        AccessTokenGenerationResponse response = new AccessTokenGenerationResponse().setToken("eyJ-secret");
        assertFalse(response.toString().contains("eyJ-secret"), response.toString());
        assertTrue(response.toString().contains("***"));
        assertFalse(new TwoFactorAuthErrorResponse().setTwoFaToken("2fa-secret").toString().contains("2fa-secret"));
    }

    @Test
    void fluentSettersChainAcrossInheritedProperties() {
        OAuthErrorResponse error = new OAuthErrorResponse().setReason("r").setError("e");
        FileEntity file = new FileEntity().setName("n").setParentId("syn1").setVersionNumber(1L).setDataFileHandleId("9");
        assertEquals("r", error.getReason());
        assertEquals("9", file.getDataFileHandleId());
    }
}
