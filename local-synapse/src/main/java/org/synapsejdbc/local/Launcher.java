package org.synapsejdbc.local;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import org.synapsejdbc.local.auth.BuiltInUsers;

/**
 * {@code java -jar local-synapse.jar [--port N] [--storage-port N] [--data DIR] [--demo] [--no-throttles] ...}
 * ({@code --help} lists every option): starts local-synapse and prints its endpoints and the tokens it accepts.
 * Data default: {@code ./local-synapse-data}.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        LaunchOptions o;
        try {
            o = LaunchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            usage(System.err);
            System.exit(2);
            return;
        }
        if (o.help) {
            usage(System.out);
            return;
        }
        LocalSynapse server = o.builder.build().start();
        o.applyTo(server);
        if (o.demo) {
            server.seedDemo();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "local-synapse-shutdown"));
        printBanner(System.out, server);
        new CountDownLatch(1).await();
    }

    static void usage(PrintStream out) {
        LaunchOptions.usage(out);
    }

    /** The endpoints and the built-in tokens (printing them is the point: they are local development tokens). */
    static void printBanner(PrintStream out, LocalSynapse s) {
        out.println("local-synapse is running");
        out.println("  repo endpoint: " + s.repoUrl());
        out.println("  file endpoint: " + s.fileUrl());
        out.println("  auth endpoint: " + s.authUrl());
        out.println("  storage (presigned URLs, no Authorization header): " + s.storageUrl());
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
