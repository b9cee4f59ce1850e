package org.synapsejdbc.local.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
import org.synapsejdbc.local.support.Http;

/** Entity CRUD, names, etags, trash and access control over HTTP, every body checked against its schema. */
@ExtendWith(LocalSynapseExtension.class)
class EntityRoutesTest {

    static final String ENTITY = "/repo/v1/entity";
    Http user1;
    Http user2;
    Http anonymous;

    @BeforeEach
    void clients(LocalSynapse server) {
        user1 = new Http(server.baseUrl(), BuiltInUsers.USER1_TOKEN);
        user2 = user1.as(BuiltInUsers.USER2_TOKEN);
        anonymous = user1.as(null);
    }

    JsonNode project() {
        return user1.post(ENTITY, entity(Bodies.PROJECT, Bodies.unique("proj"), null)).expect(201, Bodies.PROJECT).json();
    }

    JsonNode create(String type, String name, String parent) {
        return user1.post(ENTITY, entity(type, name, parent)).expect(201, type).json();
    }

    @Test
    void createGetUpdateDelete() {
        JsonNode p = project();
        String pid = p.get("id").asText();
        assertTrue(pid.startsWith("syn"));
        assertEquals("syn4489", p.get("parentId").asText());
        assertEquals(Long.toString(BuiltInUsers.USER1_ID), p.get("createdBy").asText());
        JsonNode folder = create(Bodies.FOLDER, "Data", pid);
        String fid = folder.get("id").asText();
        JsonNode got = user1.get(ENTITY + "/" + fid).expect(200, Bodies.FOLDER).json();
        assertEquals(folder, got);

        ObjectNode update = (ObjectNode) got.deepCopy();
        update.put("name", "Data renamed").put("description", "about");
        update.put("createdOn", "2000-01-01T00:00:00.000Z").put("createdBy", "1").put("modifiedBy", "1");
        JsonNode updated = user1.put(ENTITY + "/" + fid, update).expect(200, Bodies.FOLDER).json();
        assertEquals("Data renamed", updated.get("name").asText());
        assertEquals("about", updated.get("description").asText());
        assertEquals(got.get("createdOn"), updated.get("createdOn"), "read-only fields are ignored");
        assertEquals(got.get("createdBy"), updated.get("createdBy"));
        assertNotEquals(got.get("etag"), updated.get("etag"));

        user1.delete(ENTITY + "/" + fid).expect(204);
        user1.get(ENTITY + "/" + fid).expectError(404, "Entity " + fid + " is in trash can.");
        // the name is free again once the old one is in the trash
        create(Bodies.FOLDER, "Data renamed", pid);
        user1.delete(ENTITY + "/" + pid + "?skipTrashCan=true").expect(204);
        user1.get(ENTITY + "/" + pid).expectError(404, "Resource: '" + pid + "' does not exist");
    }

    @Test
    void staleEtagIs412AndMissingEtag400() {
        String pid = project().get("id").asText();
        JsonNode f = create(Bodies.FOLDER, "F", pid);
        ObjectNode first = (ObjectNode) f.deepCopy();
        first.put("description", "one");
        user1.put(ENTITY + "/" + f.get("id").asText(), first).expect(200);
        ObjectNode stale = (ObjectNode) f.deepCopy();
        stale.put("description", "two");
        user1.put(ENTITY + "/" + f.get("id").asText(), stale).expectError(412, "Object: " + f.get("id").asText()
                + " was updated since you last fetched it, retrieve it again and re-apply the update");
        stale.remove("etag");
        user1.put(ENTITY + "/" + f.get("id").asText(), stale).expectError(400, "The eTag of the node is required.");
        ObjectNode noParent = (ObjectNode) f.deepCopy();
        noParent.remove("parentId");
        user1.put(ENTITY + "/" + f.get("id").asText(), noParent)
                .expectError(400, "The parent id of the node is required.");
        ObjectNode missing = (ObjectNode) f.deepCopy();
        missing.put("id", "syn999999999");
        user1.put(ENTITY + "/syn999999999", missing).expectError(404, "Entity syn999999999 does not exist");
    }

    @Test
    void namesAndClashes() {
        String pid = project().get("id").asText();
        create(Bodies.FOLDER, "Data.csv", pid);
        create(Bodies.FOLDER, "data.csv", pid); // case-sensitive
        user1.post(ENTITY, entity(Bodies.FOLDER, "Data.csv", pid)).expectError(409,
                "An entity with the name: Data.csv already exists with a parentId: " + pid);
        user1.post(ENTITY, entity(Bodies.FOLDER, "bad/name", pid)).expectError(400, "Invalid Name: 'bad/name'. "
                + "Names may only contain: letters, numbers, spaces, underscores, hyphens, periods, plus signs, "
                + "apostrophes, and parentheses");
        create(Bodies.FOLDER, "a, b (c) + d's-e_f.g", pid);
        user1.post(ENTITY, entity(Bodies.FOLDER, "   ", pid))
                .expectError(400, "Name cannot be only whitespace or empty string");
        user1.post(ENTITY, entity(Bodies.FOLDER, "x".repeat(257), pid))
                .expectError(400, "Name must be 256 characters or less");
        ObjectNode desc = entity(Bodies.FOLDER, "desc", pid).put("description", "d".repeat(1001));
        user1.post(ENTITY, desc).expectError(400, "Description must be 1000 characters or less");
        JsonNode renamed = create(Bodies.FOLDER, "other", pid);
        ObjectNode clash = (ObjectNode) renamed.deepCopy();
        clash.put("name", "Data.csv");
        user1.put(ENTITY + "/" + renamed.get("id").asText(), clash).expectError(409,
                "An entity with the name: Data.csv already exists with a parentId: " + pid);
    }

    @Test
    void typesAndParents() {
        String pid = project().get("id").asText();
        String fid = create(Bodies.FOLDER, "folder", pid).get("id").asText();
        create(Bodies.TABLE, "table", fid);
        create(Bodies.LINK, "link", pid);
        JsonNode view = user1.post(ENTITY, entity(Bodies.ENTITYVIEW, "view", pid).put("viewTypeMask", 1)
                .set("scopeIds", Bodies.obj().arrayNode().add(pid))).expect(201, Bodies.ENTITYVIEW).json();
        assertEquals(pid.substring(3), view.get("scopeIds").get(0).asText(), "scope ids are served without syn");
        for (String t : new String[] {"org.sagebionetworks.repo.model.table.Dataset",
                "org.sagebionetworks.repo.model.table.MaterializedView",
                "org.sagebionetworks.repo.model.table.VirtualTable"}) {
            create(t, t.substring(t.lastIndexOf('.') + 1), pid);
        }
        user1.post(ENTITY, entity(Bodies.FOLDER, "orphan", null)).expectError(400,
                "Entity type: org.sagebionetworks.repo.model.Folder cannot have a parent of type: null");
        user1.post(ENTITY, entity(Bodies.FOLDER, "x", "syn999999999"))
                .expectError(404, "Cannot find a node with id: syn999999999");
        user1.post(ENTITY, entity(Bodies.FOLDER, "x", "abc")).expectError(400, "abc is not a valid Synapse ID.");
        String tableId = user1.post(ENTITY, entity(Bodies.TABLE, "t2", pid)).expect(201).text("id");
        user1.post(ENTITY, entity(Bodies.FOLDER, "x", tableId)).expectError(400, "Entity type: "
                + "org.sagebionetworks.repo.model.Folder cannot have a parent of type: "
                + "org.sagebionetworks.repo.model.table.TableEntity");
        ObjectNode noType = Bodies.obj().put("name", "x").put("parentId", pid);
        user1.post(ENTITY, noType).expectError(400, "Missing 'concreteType' property, cannot discriminate "
                + "polymorphic type org.sagebionetworks.repo.model.Entity; nested exception is "
                + "org.sagebionetworks.schema.adapter.JSONObjectAdapterException: Missing 'concreteType' property, "
                + "cannot discriminate polymorphic type org.sagebionetworks.repo.model.Entity");
        user1.post(ENTITY, entity("org.example.Nope", "x", pid)).expectError(400, "Unknown concreteType : 'org.example.Nope'");
        user1.get(ENTITY + "/abc").expectError(400, "abc is not a valid Synapse ID.");
        String sub = create(Bodies.FOLDER, "sub", fid).get("id").asText();
        ObjectNode cycle = (ObjectNode) user1.get(ENTITY + "/" + fid).json().deepCopy();
        cycle.put("parentId", sub);
        user1.put(ENTITY + "/" + fid, cycle)
                .expectError(400, "Invalid hierarchy: an entity cannot be an ancestor of itself");
    }

    @Test
    void accessControlBetweenUsers() {
        JsonNode p = project();
        String pid = p.get("id").asText();
        String fid = create(Bodies.FOLDER, "private", pid).get("id").asText();
        user2.get(ENTITY + "/" + fid).expectError(403, "You lack READ access to the requested entity.");
        anonymous.get(ENTITY + "/" + fid).expectError(403, "You lack READ access to the requested entity.");
        user2.post(ENTITY, entity(Bodies.FOLDER, "intruder", pid))
                .expectError(403, "You lack CREATE access to the requested entity.");
        anonymous.post(ENTITY, entity(Bodies.FOLDER, "intruder", pid))
                .expectError(403, "Anonymous users have only READ access permission.");
        user2.delete(ENTITY + "/" + fid).expectError(403, "You lack DELETE access to the requested entity.");
        var perms = user2.get(ENTITY + "/" + fid + "/permissions")
                .expect(200, "org.sagebionetworks.repo.model.auth.UserEntityPermissions").json();
        assertFalse(perms.get("canView").asBoolean());

        // make the project public: everyone may read, registered users may download, nobody else may change it
        JsonNode acl = user1.get(ENTITY + "/" + pid + "/acl")
                .expect(200, "org.sagebionetworks.repo.model.AccessControlList").json();
        ObjectNode newAcl = (ObjectNode) acl.deepCopy();
        newAcl.withArray("resourceAccess").addObject().put("principalId", 273948L)
                .putArray("accessType").add("READ");
        user2.put(ENTITY + "/" + pid + "/acl", newAcl)
                .expectError(403, "You lack CHANGE_PERMISSIONS access to the requested entity.");
        user1.put(ENTITY + "/" + pid + "/acl", newAcl).expect(200, "org.sagebionetworks.repo.model.AccessControlList");
        user1.put(ENTITY + "/" + pid + "/acl", newAcl).expect(412);
        anonymous.get(ENTITY + "/" + fid).expect(200, Bodies.FOLDER);
        user2.get(ENTITY + "/" + fid).expect(200, Bodies.FOLDER);
        ObjectNode change = (ObjectNode) user2.get(ENTITY + "/" + fid).json().deepCopy();
        change.put("description", "x");
        user2.put(ENTITY + "/" + fid, change).expectError(403, "You lack UPDATE access to the requested entity.");
        anonymous.put(ENTITY + "/" + fid, change)
                .expectError(403, "Anonymous users have only READ access permission.");
    }

    @Test
    void makePublicJavaApi(LocalSynapse server) {
        String pid = project().get("id").asText();
        anonymous.get(ENTITY + "/" + pid).expect(403);
        server.makePublic(pid);
        anonymous.get(ENTITY + "/" + pid).expect(200, Bodies.PROJECT);
        var perms = user2.get(ENTITY + "/" + pid + "/permissions").expect(200).json();
        assertTrue(perms.get("canDownload").asBoolean());
        assertTrue(perms.get("canPublicRead").asBoolean());
        assertFalse(perms.get("canEdit").asBoolean());
    }

    @Test
    void typeHeaderAndPath() {
        String pid = project().get("id").asText();
        String fid = create(Bodies.FOLDER, "a", pid).get("id").asText();
        String tid = create(Bodies.TABLE, "t", fid).get("id").asText();
        JsonNode header = user1.get(ENTITY + "/" + tid + "/type")
                .expect(200, "org.sagebionetworks.repo.model.EntityHeader").json();
        assertEquals(Bodies.TABLE, header.get("type").asText());
        assertEquals(Long.parseLong(pid.substring(3)), header.get("benefactorId").asLong());
        JsonNode path = user1.get(ENTITY + "/" + tid + "/path")
                .expect(200, "org.sagebionetworks.repo.model.EntityPath").json().get("path");
        assertEquals(4, path.size());
        assertEquals("syn4489", path.get(0).get("id").asText());
        assertEquals(pid, path.get(1).get("id").asText());
        assertEquals(tid, path.get(3).get("id").asText());
        ObjectNode refs = Bodies.obj();
        refs.putArray("references").add(Bodies.obj().put("targetId", tid)).add(Bodies.obj().put("targetId", fid))
                .add(Bodies.obj().put("targetId", "syn999999999"));
        JsonNode headers = user1.post(ENTITY + "/header", refs)
                .expect(200, "PaginatedResults<org.sagebionetworks.repo.model.EntityHeader>").json();
        assertEquals(2, headers.get("results").size());
        assertEquals(0, user2.post(ENTITY + "/header", refs).expect(200).json().get("results").size());
    }

    @Test
    void childrenPagingSortingAndLookup() {
        String pid = project().get("id").asText();
        for (int i = 0; i < 55; i++) {
            create(Bodies.FOLDER, String.format("f%02d", i), pid);
        }
        create(Bodies.TABLE, "zz table", pid);
        ObjectNode req = Bodies.obj().put("parentId", pid);
        req.putArray("includeTypes").add("folder");
        JsonNode page1 = user1.post(ENTITY + "/children", req)
                .expect(200, "org.sagebionetworks.repo.model.EntityChildrenResponse").json();
        assertEquals(50, page1.get("page").size());
        assertEquals("f00", page1.get("page").get(0).get("name").asText());
        String token = page1.get("nextPageToken").asText();
        req.put("nextPageToken", token).put("includeTotalChildCount", true);
        JsonNode page2 = user1.post(ENTITY + "/children", req).expect(200).json();
        assertEquals(5, page2.get("page").size());
        assertNull(page2.get("nextPageToken"));
        assertEquals(55, page2.get("totalChildCount").asLong());
        ObjectNode desc = Bodies.obj().put("parentId", pid).put("sortBy", "NAME").put("sortDirection", "DESC");
        desc.putArray("includeTypes").add("table").add("folder");
        assertEquals("zz table", user1.post(ENTITY + "/children", desc).expect(200).json()
                .get("page").get(0).get("name").asText());
        ObjectNode noTypes = Bodies.obj().put("parentId", pid);
        user1.post(ENTITY + "/children", noTypes).expect(400);
        noTypes.putArray("includeTypes");
        user1.post(ENTITY + "/children", noTypes).expect(400);
        user2.post(ENTITY + "/children", req).expect(403);

        var found = user1.post(ENTITY + "/child", Bodies.obj().put("parentId", pid).put("entityName", "f07"))
                .expect(200, "org.sagebionetworks.repo.model.EntityId");
        assertTrue(found.text("id").startsWith("syn"));
        user1.post(ENTITY + "/child", Bodies.obj().put("parentId", pid).put("entityName", "nope")).expect(404);
        String projectName = user1.get(ENTITY + "/" + pid).text("name");
        assertEquals(pid, user1.post(ENTITY + "/child", Bodies.obj().putNull("parentId")
                .put("entityName", projectName)).expect(200).text("id"));
    }

    @Test
    void projectsListing() {
        String pid = project().get("id").asText();
        JsonNode list = user1.get("/repo/v1/projects").expect(200, "org.sagebionetworks.repo.model.ProjectHeaderList")
                .json();
        boolean found = false;
        for (JsonNode h : list.get("results")) {
            found |= pid.equals(h.get("id").asText());
        }
        assertTrue(found);
        for (JsonNode h : user2.get("/repo/v1/projects").expect(200).json().get("results")) {
            assertNotEquals(pid, h.get("id").asText());
        }
        String second = project().get("id").asText();
        JsonNode created = user1.get("/repo/v1/projects?filter=CREATED&sort=PROJECT_NAME&sortDirection=ASC")
                .expect(200, "org.sagebionetworks.repo.model.ProjectHeaderList").json();
        java.util.List<String> ids = new java.util.ArrayList<>();
        created.get("results").forEach(h -> ids.add(h.get("id").asText()));
        assertTrue(ids.contains(pid) && ids.contains(second));
        assertEquals(0, user1.get("/repo/v1/projects?filter=PARTICIPATED").expect(200).json().get("results").size());
        user1.get("/repo/v1/projects?filter=BOGUS").expect(400);
    }

    @Test
    void bundle() {
        String pid = project().get("id").asText();
        String fid = create(Bodies.FOLDER, "b", pid).get("id").asText();
        ObjectNode req = Bodies.obj().put("includeEntity", true).put("includeAnnotations", true)
                .put("includePermissions", true).put("includeEntityPath", true).put("includeHasChildren", true)
                .put("includeAccessControlList", true).put("includeBenefactorACL", true)
                .put("includeRestrictionInformation", true).put("includeActivity", true);
        JsonNode b = user1.post(ENTITY + "/" + fid + "/bundle2", req)
                .expect(200, "org.sagebionetworks.repo.model.entitybundle.v2.EntityBundle").json();
        assertEquals(fid, b.get("entity").get("id").asText());
        assertEquals("folder", b.get("entityType").asText());
        assertEquals(fid, b.get("annotations").get("id").asText());
        assertTrue(b.get("permissions").get("canEdit").asBoolean());
        assertFalse(b.get("hasChildren").asBoolean());
        assertEquals(pid, b.get("benefactorAcl").get("id").asText());
        assertFalse(b.get("restrictionInformation").get("hasUnmetAccessRequirement").asBoolean());
        assertNull(b.get("accessControlList"));
        user2.post(ENTITY + "/" + fid + "/bundle2", req).expect(403);
    }

    @Test
    void localAclOnAFolderAndRestoringInheritance() {
        String pid = project().get("id").asText();
        String shared = create(Bodies.FOLDER, "shared", pid).get("id").asText();
        String inner = create(Bodies.FOLDER, "inner", shared).get("id").asText();
        user2.get(ENTITY + "/" + inner).expect(403);
        user1.get(ENTITY + "/" + shared + "/acl").expect(404);
        ObjectNode acl = Bodies.obj().put("id", shared);
        var ras = acl.putArray("resourceAccess");
        ras.addObject().put("principalId", BuiltInUsers.USER1_ID).putArray("accessType").add("READ")
                .add("CHANGE_PERMISSIONS").add("UPDATE").add("DELETE").add("CREATE");
        ras.addObject().put("principalId", BuiltInUsers.USER2_ID).putArray("accessType").add("READ");
        user2.post(ENTITY + "/" + shared + "/acl", acl).expect(403);
        user1.post(ENTITY + "/" + shared + "/acl", acl).expect(201, "org.sagebionetworks.repo.model.AccessControlList");
        user1.post(ENTITY + "/" + shared + "/acl", acl).expectError(403, "Resource already has an ACL.");
        user2.get(ENTITY + "/" + inner).expect(200);
        assertEquals(Long.parseLong(shared.substring(3)),
                user2.get(ENTITY + "/" + inner + "/type").json().get("benefactorId").asLong());
        user2.get(ENTITY + "/" + pid).expect(403);
        user1.delete(ENTITY + "/" + shared + "/acl").expect(204);
        user2.get(ENTITY + "/" + inner).expect(403);
        user1.delete(ENTITY + "/" + pid + "/acl")
                .expectError(403, "Cannot restore inheritance for resource which has no parent.");
    }

    @Test
    void projectsAsChildrenOfNullAndAnonymousPublicReads(LocalSynapse server) {
        String pid = project().get("id").asText();
        String fid = create(Bodies.FOLDER, "pub", pid).get("id").asText();
        ObjectNode req = Bodies.obj().putNull("parentId");
        req.putArray("includeTypes").add("folder");
        boolean listed = false;
        for (JsonNode h : user1.post(ENTITY + "/children", req)
                .expect(200, "org.sagebionetworks.repo.model.EntityChildrenResponse").json().get("page")) {
            listed |= pid.equals(h.get("id").asText());
            assertEquals(Bodies.PROJECT, h.get("type").asText());
        }
        assertTrue(listed, "parentId null lists the caller's readable projects");
        server.makePublic(pid);
        anonymous.get(ENTITY + "/" + fid + "/path").expect(200, "org.sagebionetworks.repo.model.EntityPath");
        ObjectNode kids = Bodies.obj().put("parentId", pid);
        kids.putArray("includeTypes").add("folder");
        assertEquals(1, anonymous.post(ENTITY + "/children", kids).expect(200).json().get("page").size());
        anonymous.delete(ENTITY + "/" + fid).expectError(403, "Anonymous users have only READ access permission.");
    }

    @Test
    void concurrentUpdatesWithOneEtagLetExactlyOneWin() throws Exception {
        String pid = project().get("id").asText();
        JsonNode f = create(Bodies.FOLDER, "contended", pid);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                ObjectNode body = (ObjectNode) f.deepCopy();
                body.put("description", "writer " + i);
                results.add(pool.submit(() -> user1.put(ENTITY + "/" + f.get("id").asText(), body).status()));
            }
            int ok = 0;
            int conflicts = 0;
            for (var r : results) {
                int status = r.get();
                ok += status == 200 ? 1 : 0;
                conflicts += status == 412 ? 1 : 0;
            }
            assertEquals(1, ok);
            assertEquals(7, conflicts);
        } finally {
            pool.shutdownNow();
        }
    }
}
