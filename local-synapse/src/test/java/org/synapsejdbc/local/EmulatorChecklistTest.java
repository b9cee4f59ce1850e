package org.synapsejdbc.local;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.synapsejdbc.local.support.Http;

/**
 * Items of official-client-behaviour.md's "Emulator checklist" not covered by a feature test: the constructor's
 * endpoint probes never see a 301, and answers (errors included) to the client's headers are JSON.
 */
@ExtendWith(LocalSynapseExtension.class)
class EmulatorChecklistTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final LocalSynapse synapse;

    EmulatorChecklistTest(LocalSynapse synapse) {
        this.synapse = synapse;
    }

    @Test
    void endpointProbesAreNeverAPermanentRedirect() throws Exception {
        for (String url : new String[] {synapse.repoUrl(), synapse.authUrl(), synapse.fileUrl(),
                synapse.baseUrl() + "/"}) {
            HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertNotEquals(301, r.statusCode(), url);
            assertTrue(r.statusCode() < 500, url + " " + r.statusCode());
        }
    }

    @Test
    void answersToThePythonClientsHeadersAreJson() throws Exception {
        // synapseclient 3.1.1 sends a JSON content-type even on GET and DELETE
        for (String path : new String[] {"/repo/v1/userProfile/", "/repo/v1/entity/syn999999999"}) {
            HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(synapse.baseUrl() + path))
                    .header("content-type", "application/json; charset=UTF-8")
                    .header("Accept", "application/json; charset=UTF-8")
                    .header("User-Agent", "synapseclient/3.1.1 python-requests/2.28.1")
                    .header("Authorization", "Bearer " + synapse.user1Token()).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
            assertTrue(r.statusCode() == 200 || r.body().contains("\"reason\""), path + " " + r.body());
        }
        new Http(synapse.baseUrl(), synapse.user1Token()).get("/repo/v1/userProfile/")
                .expect(200, "org.sagebionetworks.repo.model.UserProfile");
    }
}
