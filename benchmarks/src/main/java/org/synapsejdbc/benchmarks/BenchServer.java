package org.synapsejdbc.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.synapsejdbc.local.LocalSynapse;
import org.synapsejdbc.local.auth.BuiltInUsers;

/**
 * local-synapse inside the harness JVM for one run: file-backed in a temporary directory (deleted on close), throttles
 * off, the configured job processing delay. Its request log is how the cases count round trips.
 */
public final class BenchServer implements AutoCloseable {
    private final LocalSynapse server;
    private final Path dataDir;
    private final String benchToken;

    public BenchServer(long processingDelayMs) {
        try {
            dataDir = Files.createTempDirectory("synapse-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server = LocalSynapse.builder().dataDir(dataDir).port(0).throttles(false)
                .processingDelay(Duration.ofMillis(processingDelayMs)).build().start();
        // The driver and the baseline use their own token of user1: the synapse-client throttle is keyed by token,
        // so the loader's raised limits do not leak into the driver, which runs with its shipped limits.
        benchToken = server.createToken(BuiltInUsers.USER1_ID, BuiltInUsers.FULL);
    }

    public LocalSynapse server() {
        return server;
    }

    public int port() {
        return server.port();
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    /** Token of user1 for the loader (its own synapse-client throttle). */
    public String loaderToken() {
        return server.user1Token();
    }

    /** Token of user1 for the driver and the baseline. */
    public String benchToken() {
        return benchToken;
    }

    public void processingDelay(long ms) {
        server.jobs().processingDelayMillis(ms);
    }

    @Override
    public void close() {
        server.stop();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory; the OS cleans up what is left
        }
    }
}
