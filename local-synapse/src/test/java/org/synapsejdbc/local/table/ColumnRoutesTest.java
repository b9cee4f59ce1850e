package org.synapsejdbc.local.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.synapsejdbc.local.table.TableTestSupport.col;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.synapsejdbc.local.LocalSynapse;
import org.synapsejdbc.local.LocalSynapseExtension;
import org.synapsejdbc.local.auth.BuiltInUsers;
import org.synapsejdbc.local.support.Bodies;
import org.synapsejdbc.local.support.Http;

/** Column models: idempotent global creation, normalisation, validation messages, listing, view defaults. */
@ExtendWith(LocalSynapseExtension.class)
class ColumnRoutesTest {

    static final String COLUMN = TableTestSupport.COLUMN;
    Http user1;
    TableTestSupport t;

    @BeforeEach
    void setUp(LocalSynapse server) {
        user1 = new Http(server.baseUrl(), BuiltInUsers.USER1_TOKEN);
        t = new TableTestSupport(user1);
    }

    @Test
    void createIsIdempotentAndNormalises() {
        JsonNode a = user1.post("/repo/v1/column", col("colour", "STRING")).expect(201, COLUMN).json();
        assertEquals(50, a.get("maximumSize").asLong());
        JsonNode b = user1.post("/repo/v1/column", col("colour", "STRING").put("maximumSize", 50)).expect(201, COLUMN).json();
        assertEquals(a.get("id"), b.get("id"));
        JsonNode c = user1.post("/repo/v1/column", col("  colour ", "STRING")).expect(201, COLUMN).json();
        assertEquals(a.get("id"), c.get("id"));
        JsonNode d = user1.post("/repo/v1/column", col("colour", "STRING").put("maximumSize", 51)).expect(201, COLUMN).json();
        assertNotEquals(a.get("id"), d.get("id"));
        JsonNode list = user1.post("/repo/v1/column", col("tags", "STRING_LIST")).expect(201, COLUMN).json();
        assertEquals(100, list.get("maximumListLength").asLong());
        ObjectNode e = col("kind", "STRING");
        e.putArray("enumValues").add(" b").add("a");
        JsonNode en = user1.post("/repo/v1/column", e).expect(201, COLUMN).json();
        assertEquals("[\"a\",\"b\"]", en.get("enumValues").toString());
        assertEquals(a, user1.get("/repo/v1/column/" + a.get("id").asText()).expect(200, COLUMN).json());
        JsonNode i = user1.post("/repo/v1/column", col("n", "INTEGER")).expect(201, COLUMN).json();
        assertNull(i.get("maximumSize"));
        // a second user gets the same global id
        Http user2 = user1.as(BuiltInUsers.USER2_TOKEN);
        assertEquals(a.get("id"), user2.post("/repo/v1/column", col("colour", "STRING")).expect(201, COLUMN).json().get("id"));
    }

    @Test
    void validationMessages() {
        user1.post("/repo/v1/column", col("ROW_id", "STRING"))
                .expectError(400, "The column name: ROW_id is a system reserved column name.");
        user1.post("/repo/v1/column", col("x".repeat(257), "STRING"))
                .expectError(400, "Column name must be: 256 characters or less.");
        user1.post("/repo/v1/column", col("s", "STRING").put("maximumSize", 1001))
                .expectError(400, "ColumnModel.maxSize for a STRING cannot exceed: 1000");
        user1.post("/repo/v1/column", col("s", "STRING").put("maximumSize", 0))
                .expectError(400, "ColumnModel.maxSize for a STRING must be greater than 0");
        user1.post("/repo/v1/column", col("l", "INTEGER_LIST").put("maximumListLength", 101))
                .expectError(400, "ColumnModel.maximumListLength for a LIST column cannot exceed: 100");
        user1.post("/repo/v1/column", col("l", "INTEGER_LIST").put("maximumListLength", 1))
                .expectError(400, "ColumnModel.maximumListLength for a LIST column must be at least 2");
        user1.post("/repo/v1/column", col("e", "ENTITYID").put("defaultValue", "syn1"))
                .expectError(400, "Columns of type ENTITYID cannot have default values.");
        user1.post("/repo/v1/column", col("d", "INTEGER").put("defaultValue", "abc"))
                .expectError(400, "Value at [0,0] was not a valid INTEGER. For input string: \"abc\"");
        ObjectNode many = col("m", "STRING");
        ArrayNode values = many.putArray("enumValues");
        for (int i = 0; i < 101; i++) {
            values.add("v" + i);
        }
        user1.post("/repo/v1/column", many).expectError(400, "Maximum allowed enum values is 100. This enum has 101 values");
        user1.post("/repo/v1/column", col("f", "BOOLEAN").put("facetType", "range"))
                .expectError(400, "BOOLEAN columns can only be enumeration faceted");
        user1.post("/repo/v1/column", col("f", "DOUBLE").put("facetType", "enumeration"))
                .expectError(400, "Date columns can only be ranges");
        user1.post("/repo/v1/column", col("f", "LARGETEXT").put("facetType", "enumeration"))
                .expectError(400, "The ColumnType:LARGETEXT can not be faceted");
        user1.as(null).post("/repo/v1/column", col("anon", "STRING"))
                .expectError(403, "You must login to create a ColumnModel");
        user1.get("/repo/v1/column/999999999").expectError(404, "Column does not exist for id: 999999999");
    }

    @Test
    void batchIsAllOrNothing() {
        String name = Bodies.unique("batch").replace(' ', '_');
        ObjectNode body = Bodies.obj().put("concreteType", "org.sagebionetworks.repo.model.ListWrapper");
        body.putArray("list").add(col(name, "STRING")).add(col("ROW_ETAG", "STRING"));
        user1.post("/repo/v1/column/batch", body)
                .expectError(400, "The column name: ROW_ETAG is a system reserved column name.");
        JsonNode none = user1.get("/repo/v1/column?prefix=" + name).expect(200,
                "org.sagebionetworks.repo.model.table.PaginatedColumnModels").json();
        assertEquals(0, none.get("totalNumberOfResults").asLong());
        List<String> ids = t.columns(col(name + "a", "STRING"), col(name + "b", "INTEGER"), col(name + "c", "DATE"));
        JsonNode page = user1.get("/repo/v1/column?prefix=" + name + "&limit=2&offset=1").expect(200,
                "org.sagebionetworks.repo.model.table.PaginatedColumnModels").json();
        assertEquals(3, page.get("totalNumberOfResults").asLong());
        assertEquals(2, page.get("results").size());
        assertEquals(ids.get(1), page.get("results").get(0).get("id").asText());
        user1.get("/repo/v1/column?limit=101").expectError(400, "Limit must be between 0 and 100");
    }

    @Test
    void viewDefaults() {
        JsonNode file = user1.get("/repo/v1/column/tableview/defaults?viewEntityType=entityview&viewTypeMask=1")
                .expect(200, TableTestSupport.CM_LIST).json();
        List<String> names = new ArrayList<>();
        file.get("list").forEach(n -> names.add(n.get("name").asText()));
        assertEquals(List.of("id", "name", "description", "createdOn", "createdBy", "etag", "modifiedOn", "modifiedBy",
                "path", "type", "currentVersion", "parentId", "benefactorId", "projectId", "dataFileHandleId",
                "dataFileName", "dataFileSizeBytes", "dataFileMD5Hex", "dataFileConcreteType", "dataFileBucket",
                "dataFileKey"), names);
        JsonNode folder = user1.get("/repo/v1/column/tableview/defaults?viewTypeMask=8").expect(200, TableTestSupport.CM_LIST)
                .json();
        assertEquals(9, folder.get("list").size());
        assertEquals(file.get("list").get(0), folder.get("list").get(0));
        JsonNode name = file.get("list").get(1);
        assertEquals(256, name.get("maximumSize").asLong());
        assertEquals(name, user1.get("/repo/v1/column/" + name.get("id").asText()).expect(200, COLUMN).json());
        user1.get("/repo/v1/column/tableview/defaults?viewEntityType=entityview").expectError(400, "viewTypeMask is required.");
        assertEquals(12, user1.get("/repo/v1/column/tableview/defaults?viewEntityType=datasetcollection")
                .expect(200, TableTestSupport.CM_LIST).json().get("list").size());
        assertEquals(16, user1.get("/repo/v1/column/tableview/defaults?viewEntityType=submissionview")
                .expect(200, TableTestSupport.CM_LIST).json().get("list").size());
        assertEquals(file, user1.get("/repo/v1/column/tableview/defaults/file").expect(200, TableTestSupport.CM_LIST).json());
    }

    @Test
    void tableSchemaRules() {
        String project = t.project();
        List<String> ids = t.columns(col("a", "STRING"), col("b", "INTEGER"));
        String table = t.table(project, ids);
        JsonNode cols = user1.get("/repo/v1/entity/" + table + "/column").expect(200,
                "org.sagebionetworks.repo.model.table.PaginatedColumnModels").json();
        assertEquals(2, cols.get("totalNumberOfResults").asLong());
        assertEquals(ids.get(0), cols.get("results").get(0).get("id").asText());

        ObjectNode dup = Bodies.entity(TableTestSupport.TABLE, "dup", project);
        dup.putArray("columnIds").add(ids.get(0)).add(ids.get(0));
        user1.post("/repo/v1/entity", dup).expectError(400, "Duplicate column: 'a'");
        String otherA = t.columns(col("a", "INTEGER")).get(0);
        ObjectNode dupName = Bodies.entity(TableTestSupport.TABLE, "dupName", project);
        dupName.putArray("columnIds").add(ids.get(0)).add(otherA);
        user1.post("/repo/v1/entity", dupName).expectError(400, "Duplicate column name: 'a'");
        ObjectNode unknown = Bodies.entity(TableTestSupport.TABLE, "unknown", project);
        unknown.putArray("columnIds").add("987654321");
        user1.post("/repo/v1/entity", unknown).expectError(404, "Column does not exist for id: 987654321");

        List<ObjectNode> wide = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            wide.add(col("w" + i, "STRING").put("maximumSize", 1000));
        }
        ObjectNode tooWide = Bodies.entity(TableTestSupport.TABLE, "wide", project);
        ArrayNode wideIds = tooWide.putArray("columnIds");
        t.columns(wide.toArray(new ObjectNode[0])).forEach(wideIds::add);
        user1.post("/repo/v1/entity", tooWide).expectError(400, "Too much data per column. The maximum size for a row is"
                + " about 64000 bytes. The size for the given columns would be 68000 bytes");

        List<ObjectNode> many = new ArrayList<>();
        for (int i = 0; i < 153; i++) {
            many.add(col("c" + i, "BOOLEAN"));
        }
        List<String> manyIds = t.columns(many.toArray(new ObjectNode[0]));
        ObjectNode tooMany = Bodies.entity(TableTestSupport.TABLE, "many", project);
        manyIds.forEach(tooMany.putArray("columnIds")::add);
        user1.post("/repo/v1/entity", tooMany).expectError(400, "Too many columns. The limit is 152 columns per table");
        ObjectNode manyView = Bodies.entity(TableTestSupport.VIEW, "manyView", project).put("viewTypeMask", 1);
        manyIds.forEach(manyView.putArray("columnIds")::add);
        manyView.putArray("scopeIds").add(project);
        user1.post("/repo/v1/entity", manyView)
                .expectError(400, "A view cannot have 153 columns.  It must have 152 columns or less.");
        ObjectNode mixed = Bodies.entity(TableTestSupport.VIEW, "mixed", project).put("viewTypeMask", 3);
        mixed.putArray("scopeIds").add(project);
        user1.post("/repo/v1/entity", mixed).expectError(400, "The Project type cannot be combined with any other type.");
    }

    @Test
    void tableBundle() {
        String project = t.project();
        List<String> ids = t.columns(col("a", "STRING").put("maximumSize", 100), col("b", "INTEGER"));
        String table = t.table(project, ids);
        JsonNode b = user1.post("/repo/v1/entity/" + table + "/bundle2", Bodies.obj().put("includeEntity", true)
                .put("includeTableBundle", true)).expect(200, "org.sagebionetworks.repo.model.entitybundle.v2.EntityBundle")
                .json();
        assertEquals(2, b.get("tableBundle").get("columnModels").size());
        assertEquals(2_097_152 / 420, b.get("tableBundle").get("maxRowsPerPage").asLong());
    }
}
