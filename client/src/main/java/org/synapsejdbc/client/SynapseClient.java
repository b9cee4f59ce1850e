package org.synapsejdbc.client;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synapsejdbc.client.async.AsyncJobRunner;
import org.synapsejdbc.client.async.PollSchedule;
import org.synapsejdbc.client.auth.CredentialResolver;
import org.synapsejdbc.client.auth.Credentials;
import org.synapsejdbc.client.files.FileDownloader;
import org.synapsejdbc.client.files.MultipartUploader;
import org.synapsejdbc.client.http.RetryPolicy;
import org.synapsejdbc.client.http.SynapseRequestListener;
import org.synapsejdbc.client.http.SynapseTransport;
import org.synapsejdbc.client.http.UserThrottle;
import org.synapsejdbc.client.ops.ActivityOperations;
import org.synapsejdbc.client.ops.AnnotationOperations;
import org.synapsejdbc.client.ops.ColumnOperations;
import org.synapsejdbc.client.ops.EntityOperations;
import org.synapsejdbc.client.ops.FileOperations;
import org.synapsejdbc.client.ops.TableOperations;
import org.synapsejdbc.client.ops.UserOperations;
import org.synapsejdbc.client.table.QueryPageDecoder;
import org.synapsejdbc.client.table.QueryPager;

/**
 * The Synapse REST client: one per user/credentials, thread-safe, sharing one HTTP connection pool and the
 * user's JVM-wide throttle. Operations are grouped by area ({@link #entities()}, {@link #tables()}, ...).
 */
public final class SynapseClient implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SynapseClient.class);
  private static final AtomicInteger THREADS = new AtomicInteger();

  private final SynapseEndpoints endpoints;
  private final Credentials credentials;
  private final SynapseTransport transport;
  private final boolean ownsHttpClient;
  private final ExecutorService executor;
  private final AsyncJobRunner jobs;
  private final EntityOperations entities;
  private final AnnotationOperations annotations;
  private final ActivityOperations activities;
  private final ColumnOperations columns;
  private final TableOperations tables;
  private final FileOperations files;
  private final UserOperations users;

  private SynapseClient(Builder b) {
    this.endpoints = b.endpoints;
    this.credentials = b.credentials != null ? b.credentials : b.resolver.resolve();
    this.ownsHttpClient = b.httpClient == null;
    OkHttpClient base = b.httpClient != null ? b.httpClient
        : SynapseTransport.defaultHttpClient(b.connectTimeout, b.readTimeout);
    String throttleKey = endpoints.repo().host() + ":" + endpoints.repo().port() + "|" + credentials.identityKey();
    UserThrottle throttle = UserThrottle.forUser(throttleKey, b.maxConcurrent, b.maxPerMinute,
        UserThrottle.SYNAPSE_WINDOW.plus(UserThrottle.WINDOW_MARGIN));
    this.transport = new SynapseTransport(endpoints, credentials, base, throttle, b.retryPolicy, b.listener,
        b.userAgent);
    this.executor = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "synapse-client-" + THREADS.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    this.jobs = new AsyncJobRunner(transport, b.pollSchedule);
    FileDownloader downloader = new FileDownloader(transport, b.transferAttempts);
    QueryPageDecoder decoder = new QueryPageDecoder(transport.mapper());
    this.entities = new EntityOperations(transport, executor);
    this.annotations = new AnnotationOperations(transport);
    this.activities = new ActivityOperations(transport);
    this.columns = new ColumnOperations(transport);
    this.tables = new TableOperations(transport, jobs, new QueryPager(jobs, decoder, executor), decoder, downloader);
    this.files = new FileOperations(transport, new MultipartUploader(transport, b.transferAttempts), downloader);
    this.users = new UserOperations(transport);
    LOG.debug("Synapse client for {} using credentials from {}", endpoints.repo(), credentials.source());
  }

  public static Builder builder() {
    return new Builder();
  }

  public EntityOperations entities() {
    return entities;
  }

  public AnnotationOperations annotations() {
    return annotations;
  }

  public ActivityOperations activities() {
    return activities;
  }

  public ColumnOperations columns() {
    return columns;
  }

  public TableOperations tables() {
    return tables;
  }

  public FileOperations files() {
    return files;
  }

  public UserOperations users() {
    return users;
  }

  /** The asynchronous job runner, for job routes without a dedicated operation. */
  public AsyncJobRunner jobs() {
    return jobs;
  }

  /** Low-level access to Synapse routes for calls not covered by the operation groups. */
  public SynapseTransport transport() {
    return transport;
  }

  public SynapseEndpoints endpoints() {
    return endpoints;
  }

  /** Where the credentials came from (never the token). */
  public String credentialSource() {
    return credentials.source();
  }

  public boolean isAnonymous() {
    return credentials.isAnonymous();
  }

  /**
   * Checks the credentials with {@code GET /userProfile} and works out which of the scopes {@code view},
   * {@code download}, {@code modify} the token lacks (see {@link ConnectionValidator}). An invalid token raises
   * {@code SynapseUnauthenticatedException}.
   */
  public ConnectionCheck validate() {
    return new ConnectionValidator(transport, credentials, users).validate();
  }

  @Override
  public void close() {
    executor.shutdownNow();
    if (ownsHttpClient) {
      transport.close();
    }
  }

  @Override
  public String toString() {
    return "SynapseClient{" + endpoints.repo() + ", " + credentials + "}";
  }

  /** Configures a {@link SynapseClient}; every setting has a production-ready default. */
  public static final class Builder {
    private SynapseEndpoints endpoints = SynapseEndpoints.PRODUCTION;
    private Credentials credentials;
    private CredentialResolver resolver = CredentialResolver.system();
    private Duration connectTimeout = Duration.ofSeconds(30);
    private Duration readTimeout = Duration.ofMinutes(2);
    private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
    private PollSchedule pollSchedule = PollSchedule.DEFAULT;
    private SynapseRequestListener listener = SynapseRequestListener.NONE;
    private OkHttpClient httpClient;
    private String userAgent = "synapse-jdbc-client/0.1";
    private int maxConcurrent = UserThrottle.SYNAPSE_MAX_CONCURRENT;
    private int maxPerMinute = UserThrottle.SYNAPSE_MAX_PER_WINDOW;
    private int transferAttempts = 6;

    public Builder endpoints(SynapseEndpoints e) {
      this.endpoints = e;
      return this;
    }

    /** Explicit credentials; otherwise the resolver's chain (env, ~/.synapseConfig) is used. */
    public Builder credentials(Credentials c) {
      this.credentials = c;
      return this;
    }

    /** An explicit access token (wins over every other source). */
    public Builder token(String token) {
      this.credentials = token == null ? null : Credentials.token(token, "explicit token");
      return this;
    }

    public Builder credentialResolver(CredentialResolver r) {
      this.resolver = r;
      return this;
    }

    public Builder connectTimeout(Duration d) {
      this.connectTimeout = d;
      return this;
    }

    public Builder readTimeout(Duration d) {
      this.readTimeout = d;
      return this;
    }

    public Builder retryPolicy(RetryPolicy p) {
      this.retryPolicy = p;
      return this;
    }

    public Builder pollSchedule(PollSchedule s) {
      this.pollSchedule = s;
      return this;
    }

    public Builder listener(SynapseRequestListener l) {
      this.listener = l;
      return this;
    }

    /** A base OkHttp client (e.g. with a custom trust store); timeouts set here are then ignored. */
    public Builder httpClient(OkHttpClient c) {
      this.httpClient = c;
      return this;
    }

    public Builder userAgent(String ua) {
      this.userAgent = ua;
      return this;
    }

    /**
     * Per-user limits (defaults: Synapse's 3 concurrent, 600 per minute). They take effect for the first client
     * of a user in this JVM; later clients of the same user share that throttle.
     */
    public Builder throttle(int maxConcurrent, int maxPerMinute) {
      this.maxConcurrent = maxConcurrent;
      this.maxPerMinute = maxPerMinute;
      return this;
    }

    /** Attempts per upload/download (each download attempt gets a fresh presigned URL). */
    public Builder transferAttempts(int n) {
      this.transferAttempts = n;
      return this;
    }

    public SynapseClient build() {
      return new SynapseClient(this);
    }
  }
}
