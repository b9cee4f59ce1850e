package org.synapsejdbc.local.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.synapsejdbc.local.LocalSynapse;
import org.synapsejdbc.local.auth.BuiltInUsers;
import org.synapsejdbc.local.http.ApiException;
import org.synapsejdbc.local.http.RequestContext;
import org.synapsejdbc.local.http.Router;
import org.synapsejdbc.local.http.Scope;
import org.synapsejdbc.local.support.Http;

/** The async job framework: start, 202 while processing, 201 result, failures, starter-only access. */
class AsyncJobsTest {

    static LocalSynapse server;
    static Http user1;
    static final String STATUS = "org.sagebionetworks.repo.model.asynch.AsynchronousJobStatus";

    @BeforeAll
    static void start() {
        server = LocalSynapse.builder().inMemory().port(0).processingDelay(Duration.ofMillis(400)).module(ctx ->
                ctx.jobs().register(ctx.router(), Router.REPO + "/entity/{id}/test/echo/async", "echo",
                        new AsyncJobType<JsonNode>() {
                            @Override
                            public JsonNode start(RequestContext rc, JsonNode body) {
                                if ("reject".equals(body.path("entityId").asText())) {
                                    throw ApiException.badRequest("rejected at start");
                                }
                                return body;
                            }

                            @Override
                            public Object run(JobContext<JsonNode> job) {
                                job.progress(1, 2, "half way");
                                if ("fail".equals(job.request().path("entityId").asText())) {
                                    throw ApiException.notFound("job says no");
                                }
                                return Map.of("concreteType", "org.sagebionetworks.repo.model.table.TableUpdateTransactionResponse",
                                        "snapshotVersionNumber", Long.parseLong(job.pathVar("id")));
                            }
                        }, Scope.VIEW, Scope.DOWNLOAD)).build().start();
        user1 = new Http(server.baseUrl(), BuiltInUsers.USER1_TOKEN);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static String request(String entityId) {
        return "{\"concreteType\":\"org.sagebionetworks.repo.model.table.TableUpdateTransactionRequest\","
                + "\"entityId\":\"" + entityId + "\"}";
    }

    private static String startJob(String body) {
        var r = user1.post("/repo/v1/entity/7/test/echo/async/start", body)
                .expect(201, "org.sagebionetworks.repo.model.asynch.AsyncJobId");
        return r.text("token");
    }

    @Test
    void processingThenResult() throws Exception {
        String token = startJob(request("syn7"));
        var pending = user1.get("/repo/v1/entity/7/test/echo/async/get/" + token).expect(202, STATUS);
        assertEquals("PROCESSING", pending.text("jobState"));
        assertEquals(token, pending.text("jobId"));
        assertEquals(Long.toString(BuiltInUsers.USER1_ID), pending.text("startedByUserId"));
        Http.Res done = poll(token);
        done.expect(201, "org.sagebionetworks.repo.model.table.TableUpdateTransactionResponse");
        assertEquals(7, done.json().get("snapshotVersionNumber").asLong());
        var status = user1.get("/repo/v1/asynchronous/job/" + token).expect(200, STATUS);
        assertEquals("COMPLETE", status.text("jobState"));
        assertNotNull(status.json().get("responseBody"));
        assertEquals(2, status.json().get("progressTotal").asLong());
    }

    @Test
    void failureComesBackOnGet() throws Exception {
        String token = startJob(request("fail"));
        poll(token).expectError(404, "job says no");
        var status = user1.get("/repo/v1/asynchronous/job/" + token).expect(200, STATUS);
        assertEquals("FAILED", status.text("jobState"));
        assertEquals("job says no", status.text("errorMessage"));
    }

    @Test
    void startValidationFailsThePost() {
        user1.post("/repo/v1/entity/7/test/echo/async/start", request("reject"))
                .expectError(400, "rejected at start");
    }

    @Test
    void onlyTheStarterMayRead() {
        String token = startJob(request("syn7"));
        Http user2 = user1.as(BuiltInUsers.USER2_TOKEN);
        user2.get("/repo/v1/entity/7/test/echo/async/get/" + token).expect(403);
        user2.get("/repo/v1/asynchronous/job/" + token).expect(403);
        user1.get("/repo/v1/entity/7/test/echo/async/get/999999999").expect(404);
    }

    @Test
    void scopesApplyToJobRoutes() {
        var r = user1.as(BuiltInUsers.USER1_VIEW_TOKEN).post("/repo/v1/entity/7/test/echo/async/start", "{}").expect(403);
        assertEquals("insufficient_scope", r.text("error"));
    }

    @Test
    void deliveredResultsAreNotKeptWithoutBound() throws Exception {
        String first = startJob(request("syn7"));
        poll(first).expect(201);
        user1.get("/repo/v1/entity/7/test/echo/async/get/" + first).expect(201);   // re-read right after delivery
        for (int i = 0; i < AsyncJobs.MAX_DELIVERED_KEPT + 1; i++) {
            poll(startJob(request("syn7"))).expect(201);
        }
        // The oldest delivered result was evicted to bound the server's memory during paged scans.
        user1.get("/repo/v1/entity/7/test/echo/async/get/" + first).expect(404);
    }

    private static Http.Res poll(String token) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        Http.Res r;
        int polls = 0;
        do {
            r = user1.get("/repo/v1/entity/7/test/echo/async/get/" + token);
            polls++;
            if (r.status() == 202) {
                Thread.sleep(50);
            }
        } while (r.status() == 202 && System.currentTimeMillis() < deadline);
        assertTrue(polls > 1, "the processing delay must make the client poll");
        return r;
    }
}
