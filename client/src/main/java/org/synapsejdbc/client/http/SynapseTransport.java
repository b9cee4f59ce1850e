package org.synapsejdbc.client.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.synapsejdbc.client.SynapseEndpoints;
import org.synapsejdbc.client.auth.Credentials;
import org.synapsejdbc.client.model.SynapseJson;

/**
 * The one HTTP stack of a client: a single OkHttp client (shared connection pool) with the auth interceptor, the
 * user's throttle, the retry policy and the JSON mapper. Builds {@link SynapseCall}s for Synapse routes and
 * gives plain (unauthenticated, unthrottled) access for presigned storage URLs.
 */
public final class SynapseTransport implements AutoCloseable {
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
    // No silent OkHttp retries: whether a request may be re-sent is decided per route (see Idempotency).
    OkHttpClient shared = base.newBuilder().retryOnConnectionFailure(false).build();
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
