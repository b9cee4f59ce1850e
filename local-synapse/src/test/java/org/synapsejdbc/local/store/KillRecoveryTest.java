package org.synapsejdbc.local.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synapsejdbc.local.support.Bodies.entity;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synapsejdbc.local.auth.BuiltInUsers;
import org.synapsejdbc.local.support.Bodies;
import org.synapsejdbc.local.support.Http;
import org.synapsejdbc.local.support.LauncherProcess;

/**
 * Starts local-synapse as a separate JVM (the Launcher) with a data directory, streams writes, kills it with
 * {@code destroyForcibly} (SIGKILL) in the middle, restarts it and checks that every acknowledged write is there.
 */
class KillRecoveryTest {

    @Test
    void everyAcknowledgedWriteSurvivesKill9(@TempDir Path data) throws Exception {
        LauncherProcess first = LauncherProcess.start("--port", "0", "--data", data.toString(), "--no-throttles");
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        String projectId;
        try {
            Http h = new Http(first.baseUrl(), BuiltInUsers.USER1_TOKEN);
            projectId = h.post("/repo/v1/entity", entity(Bodies.PROJECT, "crash test", null)).expect(201).text("id");
            AtomicBoolean stop = new AtomicBoolean();
            Thread writer = new Thread(() -> {
                for (int i = 0; !stop.get(); i++) {
                    try {
                        String name = "folder " + i;
                        Http.Res r = h.post("/repo/v1/entity", entity(Bodies.FOLDER, name, projectId));
                        if (r.status() == 201) {
                            acknowledged.put(r.text("id"), name);
                        }
                    } catch (RuntimeException connectionBroken) {
                        return;
                    }
                }
            });
            writer.start();
            long deadline = System.currentTimeMillis() + 20_000;
            while (acknowledged.size() < 200 && System.currentTimeMillis() < deadline) {
                Thread.sleep(5);
            }
            first.kill();
            stop.set(true);
            writer.join(10_000);
        } finally {
            first.close();
        }
        assertTrue(acknowledged.size() >= 200, "writes acknowledged before the kill: " + acknowledged.size());

        LauncherProcess second = LauncherProcess.start("--port", "0", "--data", data.toString(), "--no-throttles");
        try {
            Http h = new Http(second.baseUrl(), BuiltInUsers.USER1_TOKEN);
            h.get("/repo/v1/entity/" + projectId).expect(200);
            for (Map.Entry<String, String> e : acknowledged.entrySet()) {
                assertEquals(e.getValue(), h.get("/repo/v1/entity/" + e.getKey()).expect(200).text("name"));
            }
        } finally {
            second.close();
        }
    }
}
