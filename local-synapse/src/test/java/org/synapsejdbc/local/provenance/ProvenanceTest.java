package org.synapsejdbc.local.provenance;

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

/** Activities, UsedEntity/UsedURL, generatedBy on create/update and per version. */
@ExtendWith(LocalSynapseExtension.class)
class ProvenanceTest {

    static final String ACTIVITY = "org.sagebionetworks.repo.model.provenance.Activity";
    Http user1;
    Http user2;
    String pid;

    @BeforeEach
    void setUp(LocalSynapse server) {
        user1 = new Http(server.baseUrl(), BuiltInUsers.USER1_TOKEN);
        user2 = user1.as(BuiltInUsers.USER2_TOKEN);
        pid = user1.post("/repo/v1/entity", entity(Bodies.PROJECT, Bodies.unique("p"), null)).expect(201).text("id");
    }

    ObjectNode activity(String used) {
        ObjectNode a = Bodies.obj().put("name", "analysis").put("description", "ran it");
        var arr = a.putArray("used");
        arr.addObject().put("concreteType", "org.sagebionetworks.repo.model.provenance.UsedEntity")
                .put("wasExecuted", false).putObject("reference").put("targetId", used).put("targetVersionNumber", 1);
        arr.addObject().put("concreteType", "org.sagebionetworks.repo.model.provenance.UsedURL")
                .put("wasExecuted", true).put("name", "script").put("url", "https://example.org/run.py");
        return a;
    }

    @Test
    void crudAndGeneratedBy() {
        String input = user1.post("/repo/v1/entity", entity(Bodies.FOLDER, "input", pid)).expect(201).text("id");
        JsonNode a = user1.post("/repo/v1/activity", activity(input)).expect(201, ACTIVITY).json();
        String aid = a.get("id").asText();
        assertEquals(2, a.get("used").size());
        assertEquals(a, user1.get("/repo/v1/activity/" + aid).expect(200, ACTIVITY).json());

        JsonNode file = user1.post("/repo/v1/entity?generatedBy=" + aid, entity(Bodies.FILE, "out", pid)
                .put("dataFileHandleId", FileHandles.external(user1, "f5.txt"))).expect(201, Bodies.FILE).json();
        String fid = file.get("id").asText();
        assertEquals(aid, user1.get("/repo/v1/entity/" + fid + "/generatedBy").expect(200, ACTIVITY).text("id"));
        assertEquals(aid, user1.get("/repo/v1/entity/" + fid + "/version/1/generatedBy").expect(200).text("id"));

        JsonNode generated = user1.get("/repo/v1/activity/" + aid + "/generated")
                .expect(200, "PaginatedResults<org.sagebionetworks.repo.model.Reference>").json();
        assertEquals(fid, generated.get("results").get(0).get("targetId").asText());

        // a new version has no activity unless generatedBy is passed
        ObjectNode next = (ObjectNode) file.deepCopy();
        next.put("dataFileHandleId", FileHandles.external(user1, "f6.txt"));
        JsonNode v2 = user1.put("/repo/v1/entity/" + fid + "?newVersion=true", next).expect(200).json();
        user1.get("/repo/v1/entity/" + fid + "/generatedBy").expect(404);
        JsonNode a2 = user1.post("/repo/v1/activity", activity(fid + "")).expect(201).json();
        user1.put("/repo/v1/entity/" + fid + "/generatedBy?generatedBy=" + a2.get("id").asText(), null)
                .expect(200, ACTIVITY);
        assertNotEquals(v2.get("etag").asText(), user1.get("/repo/v1/entity/" + fid).text("etag"));
        assertEquals(a2.get("id").asText(), user1.get("/repo/v1/entity/" + fid + "/version/2/generatedBy").text("id"));
        assertEquals(aid, user1.get("/repo/v1/entity/" + fid + "/version/1/generatedBy").text("id"));

        ObjectNode bundleReq = Bodies.obj().put("includeActivity", true);
        assertEquals(a2.get("id").asText(), user1.post("/repo/v1/entity/" + fid + "/bundle2", bundleReq)
                .expect(200, "org.sagebionetworks.repo.model.entitybundle.v2.EntityBundle").json()
                .get("activity").get("id").asText());

        ObjectNode change = (ObjectNode) a.deepCopy();
        change.put("name", "renamed");
        JsonNode changed = user1.put("/repo/v1/activity/" + aid, change).expect(200, ACTIVITY).json();
        assertEquals("renamed", changed.get("name").asText());
        user1.put("/repo/v1/activity/" + aid, change).expectError(412, "Node: " + aid
                + " was updated since you last fetched it, retrieve it again and reapply the update");
        user2.put("/repo/v1/activity/" + aid, changed).expectError(403, BuiltInUsers.USER2_ID
                + " lacks change access to the requested object.");
        user2.delete("/repo/v1/activity/" + aid).expect(403);

        user1.delete("/repo/v1/entity/" + fid + "/generatedBy").expect(204);
        user1.get("/repo/v1/entity/" + fid + "/generatedBy").expect(404);
        user1.delete("/repo/v1/activity/" + aid).expect(204);
        user1.get("/repo/v1/activity/" + aid).expectError(404, "Activity with id '" + aid + "' could not be found.");
        user1.delete("/repo/v1/activity/" + aid).expect(204);
    }

    @Test
    void generatedByChecks() {
        user1.post("/repo/v1/entity?generatedBy=999999", entity(Bodies.FOLDER, "x", pid))
                .expectError(404, "Activity with id '999999' could not be found.");
        String aid = user2.post("/repo/v1/activity", activity("syn1")).expect(201).text("id");
        user1.post("/repo/v1/entity?generatedBy=" + aid, entity(Bodies.FOLDER, "y", pid))
                .expectError(403, BuiltInUsers.USER1_ID + " lacks change access to the requested object.");
        ObjectNode noType = Bodies.obj().put("name", "n");
        noType.putArray("used").addObject().put("url", "https://x");
        user1.post("/repo/v1/activity", noType).expect(400);
        user2.get("/repo/v1/activity/" + aid).expect(200);
        user1.get("/repo/v1/activity/" + aid).expect(403);
    }
}
