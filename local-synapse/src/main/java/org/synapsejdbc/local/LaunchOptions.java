package org.synapsejdbc.local;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import org.synapsejdbc.local.http.Faults;
import org.synapsejdbc.local.table.TableSettings;

/** The launcher's command line: parsed into a {@link LocalSynapse.Builder} plus settings applied after start. */
final class LaunchOptions {

    final LocalSynapse.Builder builder = LocalSynapse.builder().port(8080).dataDir(Path.of("local-synapse-data"));
    boolean demo;
    boolean help;
    private Integer port = 8080;
    private Integer storagePort;
    private Duration viewLag;
    private Duration viewBuildDelay;

    /** Parses {@code args}; throws IllegalArgumentException with a message for the user on a bad option. */
    static LaunchOptions parse(String... args) {
        LaunchOptions o = new LaunchOptions();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--port" -> o.port = integer(a, value(args, ++i, a));
                case "--storage-port" -> o.storagePort = integer(a, value(args, ++i, a));
                case "--data" -> o.builder.dataDir(Path.of(value(args, ++i, a)));
                case "--in-memory" -> o.builder.inMemory();
                case "--host" -> o.builder.host(value(args, ++i, a));
                case "--demo" -> o.demo = true;
                case "--no-throttles" -> o.builder.throttles(false);
                case "--processing-delay" -> o.builder.processingDelay(millis(a, value(args, ++i, a)));
                case "--view-lag" -> o.viewLag = millis(a, value(args, ++i, a));
                case "--view-build-delay" -> o.viewBuildDelay = millis(a, value(args, ++i, a));
                case "--faults" -> o.builder.faults(Faults.parse(value(args, ++i, a)));
                case "-h", "--help" -> o.help = true;
                default -> throw new IllegalArgumentException("unknown option: " + a);
            }
        }
        o.builder.port(o.port);
        // A fixed API port gets the next port for storage, so both are predictable; port 0 gets two free ports.
        o.builder.storagePort(o.storagePortForTest());
        return o;
    }

    /** The storage port the builder was given (for tests). */
    int storagePortForTest() {
        return storagePort != null ? storagePort : port == 0 ? 0 : port + 1;
    }

    /** Applies the settings that live in modules (views) to a started server. */
    void applyTo(LocalSynapse server) {
        if (viewLag == null && viewBuildDelay == null) {
            return;
        }
        TableSettings tables = server.context().service(TableSettings.class);
        if (viewLag != null) {
            tables.viewLag(viewLag);
        }
        if (viewBuildDelay != null) {
            tables.viewBuildDelay(viewBuildDelay);
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int integer(String option, String v) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": not a number: " + v);
        }
    }

    private static Duration millis(String option, String v) {
        long ms = integer(option, v);
        if (ms < 0) {
            throw new IllegalArgumentException(option + ": must be >= 0: " + v);
        }
        return Duration.ofMillis(ms);
    }

    static void usage(PrintStream out) {
        out.println("usage: java -jar local-synapse.jar [options]");
        out.println("  --port N               API port (default 8080; 0 = a free port)");
        out.println("  --storage-port N       port of presigned upload/download URLs, S3's stand-in"
                + " (default: API port + 1; a free port when --port 0)");
        out.println("  --data DIR             data directory (default ./local-synapse-data)");
        out.println("  --in-memory            keep nothing on disk");
        out.println("  --host H               bind address (default localhost)");
        out.println("  --demo                 seed the public demo project");
        out.println("  --no-throttles         turn off Synapse's 3-concurrent / 600-per-minute limits");
        out.println("  --processing-delay MS  async jobs stay PROCESSING at least MS ms (202 polls)");
        out.println("  --view-lag MS          views may be MS ms stale (eventual consistency; default 0)");
        out.println("  --view-build-delay MS  extra time every view index rebuild takes (default 0)");
        out.println("  --faults SPEC          fault injection, e.g. 503=0.05,500=0.01,429=0.02,reset=0.01,"
                + "latency=20,seed=42");
        out.println("  -h, --help             this text");
    }
}
