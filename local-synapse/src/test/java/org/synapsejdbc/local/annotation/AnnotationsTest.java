package org.synapsejdbc.local.annotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.synapsejdbc.local.support.Bodies.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.synapsejdbc.local.LocalSynapse;
import org.synapsejdbc.local.LocalSynapseExtension;
import org.synapsejdbc.local.auth.BuiltInUsers;
import org.synapsejdbc.local.support.Bodies;
import org.synapsejdbc.local.support.FileHandles;
import org.synapsejdbc.local.support.Http;

/** Annotations v2: five types, whole-map replacement, etags, limits and per-version reads. */
@ExtendWith(LocalSynapseExtension.class)
class AnnotationsTest {

    static final String ANNOTATIONS = "org.sagebionetworks.repo.model.annotation.v2.Annotations";
    Http user1;
    String id;

    @BeforeEach
    void setUp(LocalSynapse server) {
        user1 = new Http(server.baseUrl(), BuiltInUsers.USER1_TOKEN);
        String pid = user1.post("/repo/v1/entity", entity(Bodies.PROJECT, Bodies.unique("a"), null)).expect(201).text("id");
        String handle = FileHandles.external(user1, "f1.txt");
        id = user1.post("/repo/v1/entity", entity(Bodies.FILE, "f", pid).put("dataFileHandleId", handle))
                .expect(201).text("id");
    }

    ObjectNode body(JsonNode current) {
        ObjectNode b = Bodies.obj().put("id", id).put("etag", current.get("etag").asText());
        ObjectNode a = b.putObject("annotations");
        a.putObject("species").put("type", "STRING").putArray("value").add("human").add("mouse");
        a.putObject("age").put("type", "LONG").putArray("value").add("42");
        a.putObject("score").put("type", "DOUBLE").putArray("value").add("0.5");
        a.putObject("collected").put("type", "TIMESTAMP_MS").putArray("value").add("1700000000000");
        a.putObject("passed").put("type", "BOOLEAN").putArray("value").add("true");
        return b;
    }

    @Test
    void putReplacesWholeMapAndChangesEtag() {
        JsonNode empty = user1.get("/repo/v1/entity/" + id + "/annotations2").expect(200, ANNOTATIONS).json();
        assertEquals(0, empty.get("annotations").size());
        String entityEtag = user1.get("/repo/v1/entity/" + id).text("etag");
        assertEquals(entityEtag, empty.get("etag").asText());
        JsonNode put = user1.put("/repo/v1/entity/" + id + "/annotations2", body(empty)).expect(200, ANNOTATIONS).json();
        assertEquals(5, put.get("annotations").size());
        assertNotEquals(empty.get("etag"), put.get("etag"));
        assertEquals(put.get("etag").asText(), user1.get("/repo/v1/entity/" + id).text("etag"));
        assertEquals(put, user1.get("/repo/v1/entity/" + id + "/annotations2").expect(200, ANNOTATIONS).json());

        user1.put("/repo/v1/entity/" + id + "/annotations2", body(empty)).expectError(412, "Object: " + id
                + " was updated since you last fetched it, retrieve it again and re-apply the update");
        ObjectNode replace = Bodies.obj().put("id", id).put("etag", put.get("etag").asText());
        replace.putObject("annotations").putObject("only").put("type", "STRING").putArray("value").add("x");
        JsonNode replaced = user1.put("/repo/v1/entity/" + id + "/annotations2", replace).expect(200, ANNOTATIONS).json();
        assertEquals(1, replaced.get("annotations").size());
    }

    @Test
    void validationMessages() {
        JsonNode cur = user1.get("/repo/v1/entity/" + id + "/annotations2").json();
        ObjectNode b = body(cur);
        b.remove("etag");
        put(b).expectError(400, "etag is required and must not be the empty string.");
        b = body(cur);
        b.remove("id");
        put(b).expectError(400, "Annotations must have a non-null id");
        b = body(cur);
        ((ObjectNode) b.get("annotations")).putObject("bad key!").put("type", "STRING").putArray("value").add("x");
        put(b).expectError(400, "Invalid annotation name: 'bad key!'. Annotation names may only contain; letters, "
                + "numbers, '_' and '.'");
        b = body(cur);
        ((ObjectNode) b.get("annotations")).putObject("n").put("type", "LONG").putArray("value").add("4.5");
        put(b).expectError(400, "Value associated with key=n is not valid for type=LONG: 4.5");
        b = body(cur);
        ((ObjectNode) b.get("annotations")).putObject("d").put("type", "DOUBLE").putArray("value").add("abc");
        put(b).expectError(400, "Value associated with key=d is not valid for type=DOUBLE: abc");
        b = body(cur);
        ((ObjectNode) b.get("annotations")).putObject("b").put("type", "BOOLEAN").putArray("value").add("yes");
        put(b).expectError(400, "Value associated with key=b is not valid for type=BOOLEAN: yes");
        b = body(cur);
        ((ObjectNode) b.get("annotations")).putObject("t").put("type", "TIMESTAMP_MS").putArray("value").add("2020");
        put(b).expect(200);
        cur = user1.get("/repo/v1/entity/" + id + "/annotations2").json();
        b = body(cur);
        ((ObjectNode) b.get("annotations")).putObject("z").put("type", "STRING").putNull("value");
        put(b).expectError(400, "null is not allowed. To indicate no values, use an empty list.");
        b = body(cur);
        var many = ((ObjectNode) b.get("annotations")).putObject("many").put("type", "LONG").putArray("value");
        for (int i = 0; i < 101; i++) {
            many.add(Integer.toString(i));
        }
        put(b).expectError(400, "key=many has exceeded the maximum number of values allowed: 100");
        b = body(cur);
        ((ObjectNode) b.get("annotations")).putObject("long").put("type", "STRING").putArray("value")
                .add("x".repeat(300)).add("y".repeat(201));
        put(b).expectError(400, "Total String value too long. Can be at most 500 characters.");
        b = body(cur);
        ObjectNode keys = Bodies.obj();
        for (int i = 0; i < 101; i++) {
            keys.putObject("k" + i).put("type", "STRING").putArray("value").add("v");
        }
        b.set("annotations", keys);
        put(b).expectError(400, "Exceeded maximum number of annotation keys: 100");
        user1.as(BuiltInUsers.USER2_TOKEN).put("/repo/v1/entity/" + id + "/annotations2", body(cur))
                .expectError(403, "You lack UPDATE access to the requested entity.");
    }

    @Test
    void annotationsFollowVersions() {
        JsonNode cur = user1.get("/repo/v1/entity/" + id + "/annotations2").json();
        JsonNode v1 = user1.put("/repo/v1/entity/" + id + "/annotations2", body(cur)).expect(200).json();
        ObjectNode entityJson = (ObjectNode) user1.get("/repo/v1/entity/" + id).json().deepCopy();
        entityJson.put("dataFileHandleId", FileHandles.external(user1, "f2.txt"));
        user1.put("/repo/v1/entity/" + id + "?newVersion=true", entityJson).expect(200);
        JsonNode copied = user1.get("/repo/v1/entity/" + id + "/annotations2").json();
        assertEquals(v1.get("annotations"), copied.get("annotations"), "a new version starts with the annotations");
        ObjectNode replace = Bodies.obj().put("id", id).put("etag", copied.get("etag").asText());
        replace.putObject("annotations");
        user1.put("/repo/v1/entity/" + id + "/annotations2", replace).expect(200);
        JsonNode old = user1.get("/repo/v1/entity/" + id + "/version/1/annotations2").expect(200, ANNOTATIONS).json();
        assertEquals(5, old.get("annotations").size());
        assertEquals("00000000-0000-0000-0000-000000000000", old.get("etag").asText());
        assertEquals(0, user1.get("/repo/v1/entity/" + id + "/version/2/annotations2").json().get("annotations").size());
    }

    Http.Res put(ObjectNode b) {
        return user1.put("/repo/v1/entity/" + id + "/annotations2", b);
    }
}
