package org.synapsejdbc.local.http;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** Names and finds the second Jetty connector that serves presigned storage URLs (S3's stand-in host:port). */
public final class StorageConnector {

    /** The connector name that marks the storage port. */
    public static final String NAME = "storage";

    private StorageConnector() {
    }

    /** Whether a connector is the storage connector. */
    public static boolean is(Connector c) {
        return c != null && NAME.equals(c.getName());
    }

    /** The bound port of the server's storage connector, or -1 when it has none. */
    public static int localPort(Server server) {
        if (server == null) {
            return -1;
        }
        for (Connector c : server.getConnectors()) {
            if (is(c) && c instanceof ServerConnector sc) {
                return sc.getLocalPort();
            }
        }
        return -1;
    }
}
