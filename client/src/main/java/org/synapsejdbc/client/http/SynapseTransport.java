package org.synapsejdbc.client.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synapsejdbc.client.SynapseEndpoints;
import org.synapsejdbc.client.auth.Credentials;
import org.synapsejdbc.client.model.SynapseJson;

/**
 * The one HTTP stack of a client: a single OkHttp client (shared connection pool) with the auth interceptor, the
 * user's throttle, the retry policy and the JSON mapper. Builds {@link SynapseCall}s for Synapse routes and
 * gives plain (unauthenticated, unthrottled) access for presigned storage URLs.
 */
public final class SynapseTransport implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SynapseTransport.class);
  /** Stale pooled connections skipped for one request at most (OkHttp keeps up to 5 idle ones per pool). */
  private static final int MAX_STALE_CONNECTIONS = 6;

  private final SynapseEndpoints endpoints;
  private final OkHttpClient http;
  private final OkHttpClient external;
  private final UserThrottle throttle;
  private final RetryPolicy retryPolicy;
  private final SynapseRequestListener listener;
  private final String userAgent;

  public SynapseTransport(SynapseEndpoints endpoints, Credentials credentials, OkHttpClient base,
      UserThrottle throttle, RetryPolicy retryPolicy, SynapseRequestListener listener, String userAgent) {
    this.endpoints = endpoints;
    // No silent OkHttp retries: whether a request may be re-sent is decided per route (see Idempotency). What
    // OkHttp's retries would have covered safely, a pooled connection the server closed while idle, is caught before
    // the request is written (StaleConnectionProbe) and the request sent on another connection (execute).
    OkHttpClient shared = base.newBuilder().retryOnConnectionFailure(false)
        .addNetworkInterceptor(new StaleConnectionProbe()).build();
    this.http = shared.newBuilder().addInterceptor(new AuthInterceptor(credentials, endpoints)).build();
    this.external = shared.newBuilder().followRedirects(true).build();
    this.throttle = throttle;
    this.retryPolicy = retryPolicy;
    this.listener = listener;
    this.userAgent = userAgent;
  }

  /** Builds an OkHttp client with the given timeouts (connect, read/write). */
  public static OkHttpClient defaultHttpClient(Duration connectTimeout, Duration readTimeout) {
    return new OkHttpClient.Builder()
        .connectTimeout(connectTimeout)
        .readTimeout(readTimeout)
        .writeTimeout(readTimeout)
        .build();
  }

  public SynapseCall call(Service service, String method, String path) {
    return new SynapseCall(this, service, method, path);
  }

  public SynapseCall get(Service service, String path) {
    return call(service, "GET", path);
  }

  public SynapseCall post(Service service, String path) {
    return call(service, "POST", path);
  }

  public SynapseCall put(Service service, String path) {
    return call(service, "PUT", path);
  }

  public SynapseCall delete(Service service, String path) {
    return call(service, "DELETE", path);
  }

  /**
   * Executes {@code request} with {@code client} (this transport's {@link #http()} or {@link #externalHttp()}),
   * sending it again on another connection when a pooled one proves closed by the server: the request was not
   * written then, so this is safe whatever its method, and no failure or retry is reported.
   */
  public Response execute(OkHttpClient client, Request request) throws IOException {
    for (int stale = 1; ; stale++) {
      try {
        return client.newCall(request).execute();
      } catch (StaleConnectionException e) {
        if (stale >= MAX_STALE_CONNECTIONS) {
          throw e;
        }
        LOG.debug("{} {}: {}; sending it on another connection", request.method(), request.url().encodedPath(),
            e.getMessage());
      }
    }
  }

  /** An OkHttp client for presigned storage URLs: same connection pool, never the Synapse token. */
  public OkHttpClient externalHttp() {
    return external;
  }

  public SynapseEndpoints endpoints() {
    return endpoints;
  }

  public ObjectMapper mapper() {
    return SynapseJson.mapper();
  }

  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  public SynapseRequestListener listener() {
    return listener;
  }

  OkHttpClient http() {
    return http;
  }

  UserThrottle throttle() {
    return throttle;
  }

  String userAgent() {
    return userAgent;
  }

  HttpUrl base(Service service) {
    return switch (service) {
      case REPO -> endpoints.repo();
      case FILE -> endpoints.file();
      case AUTH -> endpoints.auth();
    };
  }

  @Override
  public void close() {
    // Only for a client-owned OkHttpClient: a caller-supplied one may be shared with other clients.
    http.connectionPool().evictAll();
  }
}
