package org.synapsejdbc.local.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.synapsejdbc.local.LocalSynapse;
import org.synapsejdbc.local.LocalSynapseExtension;
import org.synapsejdbc.local.http.Scope;
import org.synapsejdbc.local.support.Bodies;
import org.synapsejdbc.local.support.Http;

/** Tokens, scopes, anonymous access and the user profile. */
@ExtendWith(LocalSynapseExtension.class)
class AuthTest {

    static final String PROFILE = "org.sagebionetworks.repo.model.UserProfile";

    @Test
    void userProfileWithAndWithoutTrailingSlash(LocalSynapse server) {
        Http h = new Http(server.baseUrl(), BuiltInUsers.USER1_TOKEN);
        var p = h.get("/repo/v1/userProfile").expect(200, PROFILE);
        assertEquals(Long.toString(BuiltInUsers.USER1_ID), p.text("ownerId"));
        assertEquals("user1", p.text("userName"));
        assertEquals("user1@local-synapse.invalid", p.json().get("emails").get(0).asText());
        assertEquals(p.json(), h.get("/repo/v1/userProfile/").expect(200, PROFILE).json());
        assertEquals("user2", h.as(BuiltInUsers.USER2_TOKEN).get("/repo/v1/userProfile").text("userName"));
        var other = h.get("/repo/v1/userProfile/" + BuiltInUsers.USER2_ID).expect(200, PROFILE);
        assertNull(other.json().get("emails"), "emails are private");
        assertEquals("273950", h.as(null).get("/repo/v1/userProfile").expect(200, PROFILE).text("ownerId"));
        h.get("/repo/v1/userProfile/999").expectError(404, "UserProfile cannot be found for: 999");
    }

    @Test
    void invalidAndRevokedTokens(LocalSynapse server) {
        Http h = new Http(server.baseUrl(), "nonsense");
        h.get("/repo/v1/userProfile").expectError(401, "Invalid access token");
        h.get("/file/v1/fileHandle/1").expectError(401, "Invalid access token");
        var u = server.createUser("revoked");
        Http ok = h.as(u.token());
        ok.get("/repo/v1/userProfile").expect(200);
        server.context().users().revokeToken(u.token());
        ok.get("/repo/v1/userProfile").expectError(401, "Invalid access token");
    }

    @Test
    void createdUsersAndScopedTokens(LocalSynapse server) {
        var u = server.createUser("alice");
        String viewOnly = server.createToken(u.id(), EnumSet.of(Scope.VIEW));
        Http h = new Http(server.baseUrl(), viewOnly);
        assertEquals("alice", h.get("/repo/v1/userProfile").text("userName"));
        var r = h.post("/repo/v1/entity", Bodies.entity(Bodies.PROJECT, Bodies.unique("p"), null)).expect(403);
        assertEquals("insufficient_scope. Request lacks scope(s) required by this service: modify", r.text("reason"));
        new Http(server.baseUrl(), u.token()).post("/repo/v1/entity", Bodies.entity(Bodies.PROJECT,
                Bodies.unique("p"), null)).expect(201);
    }

    @Test
    void personalAccessTokenRoutes(LocalSynapse server) throws Exception {
        var u = server.createUser("pat-owner");
        Http h = new Http(server.baseUrl(), u.token());
        var created = h.post("/auth/v1/personalAccessToken", "{\"scope\":[\"view\"],\"name\":\"ci\"}")
                .expect(201, "org.sagebionetworks.repo.model.auth.AccessTokenGenerationResponse");
        String token = created.text("token");
        String[] jwt = token.split("\\.");
        assertEquals(3, jwt.length, "Synapse PATs are JWTs");
        var claims = org.synapsejdbc.client.model.SynapseJson.mapper().readTree(
                java.util.Base64.getUrlDecoder().decode(jwt[1]));
        assertEquals("[\"view\"]", claims.path("access").path("scope").toString());
        assertEquals(Long.toString(u.id()), claims.path("sub").asText());
        Http viaNew = h.as(token);
        assertEquals("pat-owner", viaNew.get("/repo/v1/userProfile").expect(200).text("userName"));
        viaNew.post("/repo/v1/entity", Bodies.entity(Bodies.PROJECT, Bodies.unique("p"), null)).expect(403);
        var list = h.get("/auth/v1/personalAccessToken")
                .expect(200, "org.sagebionetworks.repo.model.auth.AccessTokenRecordList").json();
        assertEquals(2, list.get("results").size());
        String id = list.get("results").get(0).get("id").asText();
        assertEquals("ci", h.get("/auth/v1/personalAccessToken/" + id)
                .expect(200, "org.sagebionetworks.repo.model.auth.AccessTokenRecord").text("name"));
        new Http(server.baseUrl(), BuiltInUsers.USER2_TOKEN).get("/auth/v1/personalAccessToken/" + id).expect(404);
        h.delete("/auth/v1/personalAccessToken/" + id).expect(204);
        viaNew.get("/repo/v1/userProfile").expectError(401, "Invalid access token");
        viaNew.as(BuiltInUsers.USER1_VIEW_TOKEN).post("/auth/v1/personalAccessToken", "{\"scope\":[\"modify\"]}")
                .expect(403);
    }

    @Test
    void oversizedBodiesAre413(LocalSynapse server) {
        Http h = new Http(server.baseUrl(), BuiltInUsers.USER1_TOKEN);
        String big = "{\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        h.post("/repo/v1/entity", big).expect(413);
        var r = new Http(server.baseUrl(), null).send("GET", "/repo/v1/userProfile", null);
        assertEquals("273950", r.expect(200).text("ownerId"));
    }
}
