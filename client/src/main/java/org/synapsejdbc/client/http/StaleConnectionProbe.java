package org.synapsejdbc.client.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import okhttp3.Connection;
import okhttp3.Interceptor;
import okhttp3.Protocol;
import okhttp3.Response;

/**
 * Network interceptor that refuses to send a request on a pooled HTTP/1.1 connection the server has already closed,
 * throwing {@link StaleConnectionException} before any byte of the request is written.
 *
 * <p>Why: servers and load balancers close keep-alive connections that sat idle (Jetty after 30 s, AWS load
 * balancers after 60 s), while OkHttp keeps them pooled for 5 minutes and checks one before reuse only for non-GET
 * requests idle for 10 s or more. Without this check a request after a pause (a job waited for, the 600-per-minute
 * throttle, a user's think time) is written to a dead socket and fails with "unexpected end of stream"; a GET then
 * costs a retry with backoff and a non-idempotent POST fails outright, since it may not be re-sent once it may have
 * reached the server. OkHttp's {@code retryOnConnectionFailure} would hide this by re-sending any request, including
 * non-idempotent ones, after any I/O error; it stays off (see {@link SynapseTransport}).
 *
 * <p>The check reads the socket for at most 1 ms, as OkHttp's own check does, and only when the connection has been
 * idle for {@link #CHECK_AFTER_IDLE} or longer: a healthy connection gives a read timeout, a closed one end of stream
 * (or a reset). Any byte found instead (say an unsolicited {@code 408}) also makes the connection unusable. HTTP/2
 * connections are left alone: their reader owns the socket, and they announce their end with GOAWAY.
 */
final class StaleConnectionProbe implements Interceptor {
  /** Idle time from which a pooled connection is checked; shorter than any usual server idle timeout. */
  static final Duration CHECK_AFTER_IDLE = Duration.ofSeconds(1);

  /** When each connection last finished receiving a response head (an upper bound of its idle start). */
  private final Map<Connection, Long> lastUsed = Collections.synchronizedMap(new WeakHashMap<>());

  @Override
  public Response intercept(Chain chain) throws IOException {
    Connection connection = chain.connection();
    if (connection != null && isHttp1(connection.protocol())) {
      Long last = lastUsed.get(connection);
      if (last != null && System.nanoTime() - last >= CHECK_AFTER_IDLE.toNanos()) {
        String problem = closedByPeer(connection.socket());
        if (problem != null) {
          // The peer is gone; closing our end keeps OkHttp from offering this connection again.
          connection.socket().close();
          throw new StaleConnectionException("pooled connection to " + chain.request().url().host() + ":"
              + chain.request().url().port() + " was closed by the server after "
              + Duration.ofNanos(System.nanoTime() - last).toMillis() + " ms idle (" + problem + ")");
        }
      }
    }
    Response response = chain.proceed(chain.request());
    if (connection != null) {
      lastUsed.put(connection, System.nanoTime());
    }
    return response;
  }

  private static boolean isHttp1(Protocol protocol) {
    return protocol == Protocol.HTTP_1_1 || protocol == Protocol.HTTP_1_0;
  }

  /** Null when the connection is open and quiet, else what was found. */
  private static String closedByPeer(Socket socket) {
    int timeout;
    try {
      timeout = socket.getSoTimeout();
    } catch (IOException e) {
      return e.toString();
    }
    try {
      socket.setSoTimeout(1);
      InputStream in = socket.getInputStream();
      int b = in.read();
      return b < 0 ? "end of stream" : "unexpected data";
    } catch (SocketTimeoutException e) {
      return null;
    } catch (IOException e) {
      return e.toString();
    } finally {
      try {
        socket.setSoTimeout(timeout);
      } catch (IOException ignored) {
        // the socket is closed: the exchange will fail on it and say so
      }
    }
  }
}
