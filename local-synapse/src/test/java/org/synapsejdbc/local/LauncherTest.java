package org.synapsejdbc.local;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synapsejdbc.local.auth.BuiltInUsers;
import org.synapsejdbc.local.support.Http;
import org.synapsejdbc.local.support.LauncherProcess;

/** The launcher prints endpoints and tokens and, with {@code --demo}, is up in under 5 seconds. */
class LauncherTest {

    @Test
    void demoStartsFastAndPrintsEndpointsAndTokens(@TempDir Path data) throws Exception {
        long t0 = System.nanoTime();
        try (LauncherProcess p = LauncherProcess.start("--port", "0", "--data", data.toString(), "--demo")) {
            long millis = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(millis < 5_000, "started in " + millis + " ms");
            String banner = String.join("\n", p.banner());
            assertTrue(banner.contains("/repo/v1") && banner.contains("/file/v1") && banner.contains("/auth/v1"), banner);
            for (String token : new String[] {BuiltInUsers.USER1_TOKEN, BuiltInUsers.USER1_VIEW_TOKEN,
                    BuiltInUsers.USER1_VIEW_DOWNLOAD_TOKEN, BuiltInUsers.USER2_TOKEN}) {
                assertTrue(banner.contains(token), banner);
                new Http(p.baseUrl(), token).get("/repo/v1/userProfile").expect(200);
            }
        }
    }
}
