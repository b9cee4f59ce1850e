package org.synapsejdbc.local.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.synapsejdbc.local.LocalSynapse;
import org.synapsejdbc.local.auth.BuiltInUsers;
import org.synapsejdbc.local.support.Http;

/** Routing, errors, scopes, throttles, faults and the request log, over real HTTP. */
class HttpFrameworkTest {

    static LocalSynapse server;
    static Http user1;
    static final CountDownLatch release = new CountDownLatch(1);
    static final CountDownLatch entered = new CountDownLatch(3);

    @BeforeAll
    static void start() {
        server = LocalSynapse.builder().inMemory().port(0).module(ctx -> {
            Router r = ctx.router();
            r.get(Router.REPO + "/test/echo/{a}/{b}", c -> Reply.ok(Map.of("a", c.pathVar("a"), "b", c.pathVar("b"),
                    "q", String.valueOf(c.query("q")))), Scope.VIEW);
            r.post(Router.REPO + "/test/scoped", c -> Reply.ok(Map.of("ok", true)), Scope.VIEW, Scope.DOWNLOAD,
                    Scope.MODIFY);
            r.post(Router.REPO + "/test/json", c -> Reply.ok(c.bodyTree()), Scope.VIEW);
            r.get(Router.REPO + "/test/block", c -> {
                entered.countDown();
                release.await(10, TimeUnit.SECONDS);
                return Reply.ok(Map.of("ok", true));
            }, Scope.VIEW);
            r.get(Router.REPO + "/test/limited/{id}", c -> Reply.ok(Map.of("ok", true)), Scope.VIEW).rateLimit(2, 60);
            r.get(Router.REPO + "/test/boom", c -> {
                throw new IllegalStateException("kaput");
            });
            r.get(Router.REPO + "/test/illegal", c -> {
                throw new IllegalArgumentException("bad argument");
            });
        }).build().start();
        user1 = new Http(server.baseUrl(), BuiltInUsers.USER1_TOKEN);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void pathVariablesQueryAndTrailingSlash() {
        var r = user1.get("/repo/v1/test/echo/x1/y2?q=hello").expect(200);
        assertEquals("x1", r.text("a"));
        assertEquals("y2", r.text("b"));
        assertEquals("hello", r.text("q"));
        assertEquals("application/json;charset=UTF-8", r.header("Content-Type"));
        user1.get("/repo/v1/test/echo/x1/y2/").expect(200);
    }

    @Test
    void headAnswersLikeGetWithoutBody() {
        var r = user1.send("HEAD", "/repo/v1/test/echo/a/b", null).expect(200);
        assertEquals("", r.body());
    }

    @Test
    void unknownRouteIs404AndWrongMethod405() {
        user1.get("/repo/v1/no/such/route").expectError(404, "No handler found for GET /repo/v1/no/such/route");
        user1.delete("/repo/v1/test/echo/a/b").expectError(405, "Request method 'DELETE' not supported");
        user1.get("/elsewhere").expect(404);
    }

    @Test
    void badJsonIs400() {
        var r = user1.post("/repo/v1/test/json", "{not json").expect(400);
        assertTrue(r.text("reason").startsWith("Could not read JSON"), r.body());
        user1.post("/repo/v1/test/json", "{\"a\":1}").expect(200);
    }

    @Test
    void exceptionsMapLikeSynapse() {
        user1.get("/repo/v1/test/illegal").expectError(400, "bad argument");
        user1.get("/repo/v1/test/boom").expectError(500, "kaput");
    }

    @Test
    void invalidTokenIs401WithHeader() {
        var r = user1.as("not-a-token").get("/repo/v1/test/echo/a/b").expectError(401, "Invalid access token");
        assertEquals("Bearer realm=\"Synapse Repository Services\"", r.header("WWW-Authenticate"));
    }

    @Test
    void missingScopesAre403OAuthBody() {
        var r = user1.as(BuiltInUsers.USER1_VIEW_TOKEN).post("/repo/v1/test/scoped", "{}").expect(403);
        assertEquals("insufficient_scope", r.text("error"));
        assertEquals("Request lacks scope(s) required by this service: download, modify", r.text("error_description"));
        assertEquals("insufficient_scope. Request lacks scope(s) required by this service: download, modify",
                r.text("reason"));
        var r2 = user1.as(BuiltInUsers.USER1_VIEW_DOWNLOAD_TOKEN).post("/repo/v1/test/scoped", "{}").expect(403);
        assertEquals("insufficient_scope. Request lacks scope(s) required by this service: modify", r2.text("reason"));
        user1.post("/repo/v1/test/scoped", "{}").expect(200);
        // anonymous callers have no token to check; permissions decide
        user1.as(null).post("/repo/v1/test/scoped", "{}").expect(200);
    }

    @Test
    void requestLogCountsRoutesAndNeverHoldsTokens() {
        long before = server.requestLog().count("GET /repo/v1/test/echo/{a}/{b}");
        user1.get("/repo/v1/test/echo/1/2").expect(200);
        user1.get("/repo/v1/test/echo/3/4").expect(200);
        assertEquals(before + 2, server.requestLog().count("GET /repo/v1/test/echo/{a}/{b}"));
        String dump = server.requestLog().entries().toString();
        assertFalse(dump.contains(BuiltInUsers.USER1_TOKEN));
        RequestLog.Entry last = server.requestLog().entries().get(server.requestLog().entries().size() - 1);
        assertEquals(BuiltInUsers.USER1_ID, last.userId());
        assertEquals(200, last.status());
    }

    @Test
    void fourthConcurrentRequestIsThrottled() throws Exception {
        Http user2 = user1.as(BuiltInUsers.USER2_TOKEN);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Http.Res>> blocked = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                blocked.add(pool.submit(() -> user2.get("/repo/v1/test/block")));
            }
            assertTrue(entered.await(10, TimeUnit.SECONDS));
            var r = user2.get("/repo/v1/test/echo/a/b").expect(429);
            assertEquals("{\"reason\":\"Too many concurrent requests. Allowed 3 concurrent connections at any time.\"}",
                    r.body());
            user1.get("/repo/v1/test/echo/a/b").expect(200); // other users are not affected
            release.countDown();
            for (Future<Http.Res> f : blocked) {
                f.get(10, TimeUnit.SECONDS).expect(200);
            }
            user2.get("/repo/v1/test/echo/a/b").expect(200);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void frequencyThrottleAndSwitch() {
        var u = server.createUser("frequent");
        Http h = user1.as(u.token());
        for (int i = 0; i < Throttle.MAX_PER_MINUTE; i++) {
            h.get("/repo/v1/test/echo/a/b").expect(200);
        }
        var r = h.get("/repo/v1/test/echo/a/b").expect(429);
        assertEquals("{\"reason\":\"Requests are too frequent. Allowed 600 requests every 60 seconds.\"}", r.body());
        server.throttle().enabled(false);
        try {
            h.get("/repo/v1/test/echo/a/b").expect(200);
        } finally {
            server.throttle().enabled(true);
        }
    }

    @Test
    void perRouteRateLimit() {
        var u = server.createUser("limited");
        Http h = user1.as(u.token());
        h.get("/repo/v1/test/limited/1").expect(200);
        h.get("/repo/v1/test/limited/2").expect(200);
        var r = h.get("/repo/v1/test/limited/3").expect(429);
        assertEquals("{\"reason\":\"Requests are too frequent for API call: /repo/v1/test/limited/#. "
                + "Allowed 2 requests every 60 seconds.\"}", r.body());
        h.get("/repo/v1/test/echo/a/b").expect(200);
    }

    @Test
    void faultInjection() {
        try (LocalSynapse s = LocalSynapse.builder().inMemory().port(0).faults(Faults.NONE.with503(1.0)).build()
                .start()) {
            Http h = new Http(s.baseUrl(), BuiltInUsers.USER1_TOKEN);
            var r = h.get("/repo/v1/userProfile").expect(503);
            assertEquals("{\"reason\":\"Synapse is down for maintenance.\"}", r.body());
            s.faults(Faults.NONE.with500(1.0));
            h.get("/repo/v1/userProfile").expect(500);
            s.faults(Faults.NONE.with429(1.0));
            assertNull(h.get("/repo/v1/userProfile").expect(429).json().get("concreteType"));
            s.faults(Faults.NONE.withReset(1.0));
            assertThrows(UncheckedIOException.class, () -> h.get("/repo/v1/userProfile"));
            s.faults(Faults.NONE.withLatency(200));
            long t0 = System.nanoTime();
            h.get("/repo/v1/userProfile").expect(200);
            assertTrue((System.nanoTime() - t0) / 1_000_000 >= 200);
            s.faults(Faults.NONE);
            h.get("/repo/v1/userProfile").expect(200);
            assertTrue(s.faultInjector().injectedCount() >= 4); // the JDK client may retry a reset GET
        }
    }
}
