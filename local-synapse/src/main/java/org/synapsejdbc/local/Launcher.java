package org.synapsejdbc.local;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.synapsejdbc.local.auth.BuiltInUsers;

/**
 * {@code java -jar local-synapse.jar [--port N] [--data DIR] [--demo] [--no-throttles]}: starts local-synapse and
 * prints its endpoints and the tokens it accepts. Data default: {@code ./local-synapse-data}.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        LocalSynapse.Builder b = LocalSynapse.builder().port(8080).dataDir(Path.of("local-synapse-data"));
        boolean demo = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> b.port(Integer.parseInt(value(args, ++i, "--port")));
                case "--data" -> b.dataDir(Path.of(value(args, ++i, "--data")));
                case "--in-memory" -> b.inMemory();
                case "--host" -> b.host(value(args, ++i, "--host"));
                case "--demo" -> demo = true;
                case "--no-throttles" -> b.throttles(false);
                case "-h", "--help" -> {
                    usage(System.out);
                    return;
                }
                default -> {
                    System.err.println("unknown option: " + args[i]);
                    usage(System.err);
                    System.exit(2);
                }
            }
        }
        LocalSynapse server = b.build().start();
        if (demo) {
            server.seedDemo();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "local-synapse-shutdown"));
        printBanner(System.out, server);
        new CountDownLatch(1).await();
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            System.err.println(option + " needs a value");
            System.exit(2);
        }
        return args[i];
    }

    static void usage(PrintStream out) {
        out.println("usage: java -jar local-synapse.jar [--port N] [--data DIR | --in-memory] [--host H] [--demo]"
                + " [--no-throttles]");
    }

    /** The endpoints and the built-in tokens (printing them is the point: they are local development tokens). */
    static void printBanner(PrintStream out, LocalSynapse s) {
        out.println("local-synapse is running");
        out.println("  repo endpoint: " + s.repoUrl());
        out.println("  file endpoint: " + s.fileUrl());
        out.println("  auth endpoint: " + s.authUrl());
        out.println("accepted personal access tokens (Authorization: Bearer <token>):");
        out.println("  user1 (id " + BuiltInUsers.USER1_ID + ") full:          " + BuiltInUsers.USER1_TOKEN);
        out.println("  user1 (id " + BuiltInUsers.USER1_ID + ") view:          " + BuiltInUsers.USER1_VIEW_TOKEN);
        out.println("  user1 (id " + BuiltInUsers.USER1_ID + ") view+download: "
                + BuiltInUsers.USER1_VIEW_DOWNLOAD_TOKEN);
        out.println("  user2 (id " + BuiltInUsers.USER2_ID + ") full:          " + BuiltInUsers.USER2_TOKEN);
        out.println("no token = anonymous (public content only). Stop with Ctrl-C.");
        out.flush();
    }
}
