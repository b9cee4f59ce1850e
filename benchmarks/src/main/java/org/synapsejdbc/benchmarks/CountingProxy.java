package org.synapsejdbc.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy in front of local-synapse that counts the bytes each way and keeps the text the clients sent (request
 * lines, headers and JSON bodies), so a case can measure bytes received and read back the Synapse SQL a client ran.
 * Both the driver and the baseline go through it in the cases that use it, so its cost is paid by both.
 */
public final class CountingProxy implements AutoCloseable {
    private final ServerSocket listener;
    private final int targetPort;
    private final AtomicLong toClient = new AtomicLong();
    private final AtomicLong toServer = new AtomicLong();
    private final StringBuffer sent = new StringBuffer();
    private final List<Socket> sockets = new ArrayList<>();
    private volatile boolean open = true;

    public CountingProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::accept, "bench-proxy-accept");
        t.setDaemon(true);
        t.start();
    }

    public int port() {
        return listener.getLocalPort();
    }

    public String baseUrl() {
        return "http://localhost:" + port();
    }

    /** Bytes the server sent to clients (headers and bodies) since the last reset. */
    public long bytesToClient() {
        return toClient.get();
    }

    public long bytesToServer() {
        return toServer.get();
    }

    /** Everything clients sent since the last reset, decoded as UTF-8. */
    public String sentText() {
        return sent.toString();
    }

    public void reset() {
        toClient.set(0);
        toServer.set(0);
        sent.setLength(0);
    }

    private void accept() {
        while (open) {
            try {
                Socket client = listener.accept();
                client.setTcpNoDelay(true);
                Socket server = new Socket();
                server.setTcpNoDelay(true);
                server.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort));
                synchronized (sockets) {
                    sockets.add(client);
                    sockets.add(server);
                }
                pump(client, server, toServer, true);
                pump(server, client, toClient, false);
            } catch (IOException e) {
                if (open) {
                    org.slf4j.LoggerFactory.getLogger(CountingProxy.class).warn("proxy: {}", e.toString());
                }
            }
        }
    }

    private void pump(Socket from, Socket to, AtomicLong counter, boolean keep) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[64 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buf)) > 0) {
                    counter.addAndGet(n);
                    if (keep) {
                        sent.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                    }
                    out.write(buf, 0, n);
                    out.flush();
                }
            } catch (IOException ignored) {
                // the other side closed
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "bench-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // closing
        }
    }

    @Override
    public void close() throws IOException {
        open = false;
        listener.close();
        synchronized (sockets) {
            sockets.forEach(CountingProxy::closeQuietly);
        }
    }
}
