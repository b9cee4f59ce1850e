package org.synapsejdbc.jdbc.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.net.StandardSocketOptions;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * A forwarding HTTP proxy in front of local-synapse that produces the one fault local-synapse cannot: the server
 * applies a request, then the connection breaks before the client reads the answer. Requests whose path ends with
 * {@code dropSuffix} are forwarded and, with probability {@code p} (seeded), their response is replaced by a reset.
 */
final class ResponseDroppingProxy implements AutoCloseable {
  private static final Set<String> HOP_HEADERS = Set.of("host", "connection", "content-length", "expect", "upgrade",
      "transfer-encoding", "keep-alive", "te", "trailer", "proxy-connection");

  private final Server server = new Server();
  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final AtomicInteger dropped = new AtomicInteger();

  ResponseDroppingProxy(String target, String dropSuffix, double p, long seed) throws Exception {
    Random random = new Random(seed);
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    server.setHandler(new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) throws Exception {
        byte[] body = Content.Source.asInputStream(request).readAllBytes();
        HttpRequest.Builder forward = HttpRequest.newBuilder(URI.create(target + request.getHttpURI().getPathQuery()))
            .method(request.getMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        for (HttpField f : request.getHeaders()) {
          if (!HOP_HEADERS.contains(f.getName().toLowerCase(java.util.Locale.ROOT))) {
            forward.header(f.getName(), f.getValue());
          }
        }
        HttpResponse<byte[]> answer = http.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
        boolean drop;
        synchronized (random) {
          drop = request.getHttpURI().getPath().endsWith(dropSuffix) && random.nextDouble() < p;
        }
        if (drop) {
          dropped.incrementAndGet();
          reset(request);
          callback.failed(new IOException("response dropped by the test proxy"));
          return true;
        }
        response.setStatus(answer.statusCode());
        answer.headers().map().forEach((name, values) -> {
          if (!HOP_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT)) && !name.startsWith(":")) {
            values.forEach(v -> response.getHeaders().add(name, v));
          }
        });
        response.write(true, ByteBuffer.wrap(answer.body()), callback);
        return true;
      }
    });
    server.start();
  }

  private static void reset(Request request) {
    EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
    try {
      if (endPoint.getTransport() instanceof SocketChannel channel) {
        channel.setOption(StandardSocketOptions.SO_LINGER, 0);
      }
    } catch (IOException ignored) {
      // a plain close breaks the exchange as well
    }
    endPoint.close();
  }

  int port() {
    return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
  }

  /** Responses replaced by a reset after the server had applied the request. */
  int dropped() {
    return dropped.get();
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }
}
