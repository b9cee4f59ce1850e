package org.synapsejdbc.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.synapsejdbc.local.http.Faults;
import org.synapsejdbc.local.support.Http;
import org.synapsejdbc.local.table.TableSettings;

/** The launcher's flags reach the server: ports, processing delay, view lag and build delay, faults; --help lists them. */
class LaunchOptionsTest {

    @Test
    void flagsConfigureTheStartedServer() {
        LaunchOptions o = LaunchOptions.parse("--port", "0", "--in-memory", "--no-throttles", "--processing-delay",
                "250", "--view-lag", "1500", "--view-build-delay", "40", "--faults", "latency=30,seed=7");
        try (LocalSynapse s = o.builder.build().start()) {
            o.applyTo(s);
            assertNotEquals(s.port(), s.storagePort());
            assertEquals(250, s.jobs().processingDelayMillis());
            TableSettings tables = s.context().service(TableSettings.class);
            assertEquals(1500, tables.viewLagMillis());
            assertEquals(40, tables.viewBuildDelayMillis());
            long t0 = System.nanoTime();
            new Http(s.baseUrl(), s.user1Token()).get("/repo/v1/userProfile").expect(200);
            assertTrue((System.nanoTime() - t0) / 1_000_000 >= 30, "the injected latency applies");
        }
    }

    @Test
    void aFixedPortPutsStorageOnTheNextPortUnlessGiven() {
        LaunchOptions fixed = LaunchOptions.parse("--port", "18080", "--in-memory");
        LaunchOptions both = LaunchOptions.parse("--port", "0", "--storage-port", "0", "--in-memory");
        try (LocalSynapse s = both.builder.build().start()) {
            assertTrue(s.storagePort() > 0);
        }
        // the fixed-port builder is not started (the port may be taken); its storage port is API port + 1
        assertEquals(18081, fixed.storagePortForTest());
    }

    @Test
    void badFlagsAndFaultSpecsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse("--bogus"));
        assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse("--view-lag"));
        assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse("--view-lag", "-1"));
        assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse("--faults", "503=2"));
        assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse("--faults", "boom=0.1"));
        assertEquals(Faults.NONE.with503(0.05).withReset(0.01).withLatency(20),
                Faults.parse("503=0.05, reset=0.01,latency=20"));
        assertEquals(Faults.NONE.with500(0.5).with429(0.25).withSeed(3), Faults.parse("500=0.5,429=0.25,seed=3"));
    }

    @Test
    void helpListsEveryFlag() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LaunchOptions.usage(new PrintStream(out, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        for (String flag : new String[] {"--port", "--storage-port", "--data", "--in-memory", "--host", "--demo",
                "--no-throttles", "--processing-delay", "--view-lag", "--view-build-delay", "--faults"}) {
            assertTrue(text.contains(flag + " "), flag);
        }
        assertTrue(LaunchOptions.parse("--help").help);
    }
}
