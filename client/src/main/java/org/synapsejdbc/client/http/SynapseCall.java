package org.synapsejdbc.client.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synapsejdbc.client.error.ErrorMapper;
import org.synapsejdbc.client.error.SynapseCancelledException;
import org.synapsejdbc.client.error.SynapseCertificateException;
import org.synapsejdbc.client.error.SynapseException;
import org.synapsejdbc.client.error.SynapseTransportException;

/**
 * One Synapse REST request being built and executed: JSON body, retries with backoff for transient failures
 * (respecting {@link Idempotency}), the per-user throttle, and mapping of error responses to exceptions.
 */
public final class SynapseCall {
  private static final Logger LOG = LoggerFactory.getLogger(SynapseCall.class);
  private static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");
  private static final int MAX_ERROR_BODY = 64 * 1024;

  private final SynapseTransport transport;
  private final String method;
  private final String path;
  private final HttpUrl.Builder url;
  private Object body;
  private boolean hasBody;
  private Idempotency idempotency;
  private Supplier<Optional<?>> verifier;

  SynapseCall(SynapseTransport transport, Service service, String method, String path) {
    this.transport = transport;
    this.method = method;
    HttpUrl base = transport.base(service);
    this.path = base.encodedPath() + path;
    this.url = HttpUrl.get(base + path).newBuilder();
    this.idempotency = method.equals("POST") ? Idempotency.NOT_IDEMPOTENT : Idempotency.IDEMPOTENT;
  }

  /** Adds a query parameter (skipped when {@code value} is null). */
  public SynapseCall query(String name, Object value) {
    if (value != null) {
      url.addQueryParameter(name, String.valueOf(value));
    }
    return this;
  }

  /** A JSON body serialized with {@code SynapseJson.mapper()}; null sends an empty JSON content. */
  public SynapseCall body(Object value) {
    this.body = value;
    this.hasBody = true;
    return this;
  }

  /** Declares a POST as safe to repeat (idempotent by Synapse's rules or read-only). */
  public SynapseCall idempotent() {
    this.idempotency = Idempotency.IDEMPOTENT;
    return this;
  }

  /**
   * For a non-idempotent request: after a failure that may have applied it, the verifier looks for its effect
   * (e.g. the entity by name); a present result is returned instead of re-sending, an empty one allows a retry.
   */
  public <T> SynapseCall verifiedBy(Supplier<Optional<T>> verifier) {
    @SuppressWarnings("unchecked")
    Supplier<Optional<?>> v = (Supplier<Optional<?>>) (Supplier<?>) verifier;
    this.verifier = v;
    return this;
  }

  public <T> T as(Class<T> type) {
    return as(transport.mapper().constructType(type));
  }

  public <T> T as(TypeReference<T> type) {
    return as(transport.mapper().getTypeFactory().constructType(type));
  }

  public JsonNode asTree() {
    return as(JsonNode.class);
  }

  /** Executes and discards the body (DELETE, PUT without a useful answer). */
  public void send() {
    execute((status, b) -> null);
  }

  private <T> T as(JavaType type) {
    return execute((status, b) -> {
      try (InputStream in = b.byteStream()) {
        return transport.mapper().readValue(in, type);
      }
    });
  }

  /** Executes with retries and hands a 2xx response to {@code handler}. */
  @SuppressWarnings("unchecked")
  public <T> T execute(ResponseHandler<T> handler) {
    RetryPolicy policy = transport.retryPolicy();
    long start = System.nanoTime();
    long deadline = start + policy.maxElapsed().toNanos();
    Request request = buildRequest();
    for (int attempt = 1; ; attempt++) {
      SynapseException failure;
      boolean mayHaveApplied;
      long t0 = System.nanoTime();
      try {
        return attemptOnce(request, handler, t0);
      } catch (SynapseException e) {
        failure = e;
        mayHaveApplied = e.status() != 429 && !(e instanceof SynapseTransportException te && !te.mayHaveApplied());
      }
      if (!failure.isTransient()) {
        throw failure;
      }
      if (idempotency == Idempotency.NOT_IDEMPOTENT && mayHaveApplied) {
        if (verifier == null) {
          throw failure;
        }
        Optional<?> applied = verifier.get();
        if (applied.isPresent()) {
          LOG.info("{} {} failed ({}) but its effect was found; not re-sending it", method, path, failure.reason());
          return (T) applied.get();
        }
      }
      Duration delay = policy.delayAfter(attempt);
      if (attempt >= policy.maxAttempts() || System.nanoTime() + delay.toNanos() > deadline) {
        throw failure;
      }
      String cause = failure.status() > 0 ? failure.status() + " " + failure.reason() : failure.getMessage();
      LOG.warn("{} {} failed (attempt {}/{}: {}); retrying in {} ms", method, path, attempt, policy.maxAttempts(),
          cause, delay.toMillis());
      transport.listener().onRetry(method, path, attempt, delay, cause);
      sleep(delay);
    }
  }

  private <T> T attemptOnce(Request request, ResponseHandler<T> handler, long t0) {
    UserThrottle throttle = transport.throttle();
    try {
      throttle.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SynapseCancelledException(method + " " + path + " interrupted while waiting for the throttle");
    }
    boolean responded = false;
    try (Response response = transport.execute(transport.http(), request)) {
      responded = true;
      int status = response.code();
      Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);
      LOG.debug("{} {} -> {} ({} ms)", method, path, status, elapsed.toMillis());
      transport.listener().onResponse(method, path, status, elapsed);
      if (status >= 200 && status < 300) {
        return handler.handle(status, response.body());
      }
      throw ErrorMapper.map(status, readErrorBody(response.body()));
    } catch (JsonProcessingException e) {
      // The server answered but the body is not what the route returns: a retry would not help.
      throw new SynapseException(0, "Cannot decode the answer of " + method + " " + path + ": "
          + e.getOriginalMessage(), "Cannot decode the answer of " + method + " " + path, e);
    } catch (IOException e) {
      if (Thread.currentThread().isInterrupted()) {
        throw new SynapseCancelledException(method + " " + path + " interrupted");
      }
      Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);
      transport.listener().onFailure(method, path, e, elapsed);
      if (!responded && SynapseCertificateException.isVerificationFailure(e)) {
        throw new SynapseCertificateException(method + " " + path, request.url().host(), e);
      }
      boolean notSent = !responded && (e instanceof ConnectException || e instanceof UnknownHostException
          || e instanceof NoRouteToHostException || e instanceof StaleConnectionException);
      throw new SynapseTransportException(method + " " + path + " failed", e, !notSent);
    } finally {
      throttle.release();
    }
  }

  private static String readErrorBody(ResponseBody body) throws IOException {
    okio.BufferedSource source = body.source();
    source.request(MAX_ERROR_BODY);
    long n = Math.min(source.getBuffer().size(), MAX_ERROR_BODY);
    return source.getBuffer().readString(n, StandardCharsets.UTF_8);
  }

  private Request buildRequest() {
    Request.Builder b = new Request.Builder()
        .url(url.build())
        .tag(AuthInterceptor.SynapseCallTag.class, AuthInterceptor.SynapseCallTag.INSTANCE)
        .header("Accept", "application/json")
        .header("User-Agent", transport.userAgent());
    RequestBody requestBody = null;
    if (hasBody) {
      try {
        byte[] json = body == null ? new byte[0] : transport.mapper().writeValueAsBytes(body);
        requestBody = RequestBody.create(json, JSON);
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("Cannot serialize the body of " + method + " " + path, e);
      }
    } else if (method.equals("POST") || method.equals("PUT")) {
      requestBody = RequestBody.create(new byte[0], JSON);
    }
    return b.method(method, requestBody).build();
  }

  private void sleep(Duration delay) {
    try {
      Thread.sleep(delay.toMillis(), (int) (delay.toNanos() % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SynapseCancelledException(method + " " + path + " interrupted during retry backoff");
    }
  }
}
