package org.synapsejdbc.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synapsejdbc.local.async.AsyncJobs;
import org.synapsejdbc.local.auth.BuiltInUsers;
import org.synapsejdbc.local.auth.UserStore;
import org.synapsejdbc.local.http.FaultInjector;
import org.synapsejdbc.local.http.Faults;
import org.synapsejdbc.local.http.RequestLog;
import org.synapsejdbc.local.http.Router;
import org.synapsejdbc.local.http.Scope;
import org.synapsejdbc.local.http.SynapseHandler;
import org.synapsejdbc.local.http.Throttle;
import org.synapsejdbc.local.store.RepositoryDb;

/**
 * local-synapse: a server that answers the Synapse REST API ({@code /repo/v1}, {@code /file/v1},
 * {@code /auth/v1}) from an embedded H2 database. Start one with
 * {@code LocalSynapse.builder().inMemory().port(0).build().start()}.
 *
 * <p>Built-in users (see {@link BuiltInUsers}): {@code user1} (id 3400001) with tokens
 * {@value BuiltInUsers#USER1_TOKEN} (full), {@value BuiltInUsers#USER1_VIEW_TOKEN} (view) and
 * {@value BuiltInUsers#USER1_VIEW_DOWNLOAD_TOKEN} (view+download); {@code user2} (id 3400002) with
 * {@value BuiltInUsers#USER2_TOKEN} (full). For local development and tests only.
 */
public final class LocalSynapse implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalSynapse.class);

    /** Idle keep-alive connections are closed after this long (Jetty's default). */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);

    private final Builder config;
    private final RequestLog requestLog = new RequestLog();
    private final Throttle throttle;
    private final FaultInjector faults;
    private Server server;
    private RepositoryDb db;
    private ServerContext context;
    private AsyncJobs jobs;

    private LocalSynapse(Builder b) {
        this.config = b;
        this.throttle = new Throttle(b.throttles);
        this.faults = new FaultInjector(b.faults);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Opens the store, installs every module and starts listening. */
    public synchronized LocalSynapse start() {
        if (server != null) {
            throw new IllegalStateException("already started");
        }
        long t0 = System.nanoTime();
        db = config.inMemory || config.dataDir == null ? RepositoryDb.inMemory() : RepositoryDb.file(config.dataDir);
        UserStore users = new UserStore(db);
        BuiltInUsers.install(users);
        jobs = new AsyncJobs(config.processingDelay.toMillis());
        Router router = new Router();
        context = new ServerContext(db, users, router, jobs, config.inMemory ? null : config.dataDir);
        jobs.registerStatusRoute(router);
        for (ServerModule m : modules()) {
            LOG.debug("installing {}", m.getClass().getName());
            m.install(context);
        }
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("local-synapse");
        threads.setDaemon(true);
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendDateHeader(true);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(config.host);
        connector.setPort(config.port);
        connector.setAcceptedTcpNoDelay(true);
        connector.setIdleTimeout(config.idleTimeout.toMillis());
        server.addConnector(connector);
        // Presigned URLs point at a second port, as S3 is another host than Synapse: clients that attach their
        // token to URLs on the repo's host:port (the official Python client) then never send it to storage.
        ServerConnector storage = new ServerConnector(server, new HttpConnectionFactory(http));
        storage.setName(org.synapsejdbc.local.http.StorageConnector.NAME);
        storage.setHost(config.host);
        storage.setPort(config.storagePort);
        storage.setAcceptedTcpNoDelay(true);
        storage.setIdleTimeout(config.idleTimeout.toMillis());
        server.addConnector(storage);
        server.setHandler(new SynapseHandler(router, new org.synapsejdbc.local.auth.TokenAuthenticator(users),
                throttle, faults, requestLog));
        server.setStopTimeout(2000);
        try {
            server.start();
        } catch (Exception e) {
            stop();
            throw new IllegalStateException("local-synapse could not start on port " + config.port
                    + " (storage port " + config.storagePort + ")", e);
        }
        LOG.info("local-synapse listening on {}, storage on {} ({} ms)", baseUrl(), storageUrl(),
                (System.nanoTime() - t0) / 1_000_000);
        return this;
    }

    private List<ServerModule> modules() {
        List<ServerModule> all = new ArrayList<>(BuiltInModules.list());
        for (ServerModule m : ServiceLoader.load(ServerModule.class, ServerModule.class.getClassLoader())) {
            all.add(m);
        }
        all.addAll(config.extraModules);
        all.sort(Comparator.comparingInt(ServerModule::order));
        return all;
    }

    /** Runs the demo seeders registered by modules (the {@code --demo} switch). */
    public LocalSynapse seedDemo() throws Exception {
        for (DemoSeeder s : context.demoSeeders()) {
            s.seed(this);
        }
        return this;
    }

    /** Stops listening and closes the store (idempotent). */
    public synchronized void stop() {
        try {
            if (server != null) {
                server.stop();
            }
        } catch (Exception e) {
            LOG.warn("stopping jetty", e);
        }
        if (context != null) {
            List<AutoCloseable> cs = new ArrayList<>(context.closeables());
            Collections.reverse(cs);
            for (AutoCloseable c : cs) {
                try {
                    c.close();
                } catch (Exception e) {
                    LOG.warn("closing {}", c, e);
                }
            }
        }
        if (jobs != null) {
            jobs.close();
        }
        if (db != null) {
            db.close();
        }
        server = null;
        db = null;
    }

    @Override
    public void close() {
        stop();
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    /** The port of the storage connector that serves presigned upload and download URLs (S3's stand-in). */
    public int storagePort() {
        return org.synapsejdbc.local.http.StorageConnector.localPort(server);
    }

    /** {@code http://host:port}. */
    public String baseUrl() {
        return "http://" + advertisedHost() + ":" + port();
    }

    /**
     * {@code http://host:storagePort}: where presigned URLs point (a different port from {@link #baseUrl()}, as S3
     * is a different host from Synapse).
     */
    public String storageUrl() {
        return "http://" + advertisedHost() + ":" + storagePort();
    }

    private String advertisedHost() {
        return config.host == null || config.host.equals("0.0.0.0") ? "localhost" : config.host;
    }

    public String repoUrl() {
        return baseUrl() + Router.REPO;
    }

    public String fileUrl() {
        return baseUrl() + Router.FILE;
    }

    public String authUrl() {
        return baseUrl() + Router.AUTH;
    }

    /** Full-scope token of built-in user 1. */
    public String user1Token() {
        return BuiltInUsers.USER1_TOKEN;
    }

    /** Full-scope token of built-in user 2. */
    public String user2Token() {
        return BuiltInUsers.USER2_TOKEN;
    }

    /** Creates a user with a fresh id and returns a full-scope token for it. */
    public TestUser createUser(String userName) {
        UserStore.User u = context.users().createUser(userName);
        return new TestUser(u.id(), u.userName(), context.users().createToken(u.id(), "test", BuiltInUsers.FULL));
    }

    /** Creates an extra token with the given scopes for a user. */
    public String createToken(long userId, Set<Scope> scopes) {
        return context.users().createToken(userId, "test", scopes);
    }

    /** A user made by {@link #createUser}. {@code toString} does not show the token. */
    public record TestUser(long id, String userName, String token) {
        @Override
        public String toString() {
            return "TestUser[" + id + ", " + userName + "]";
        }
    }

    /**
     * Makes a project public as the Synapse web UI does (PUBLIC may READ; registered users may READ and DOWNLOAD).
     */
    public void makePublic(String projectId) {
        org.synapsejdbc.local.acl.AclRoutes.makePublic(
                context.service(org.synapsejdbc.local.entity.EntityService.class),
                new org.synapsejdbc.local.http.Caller(BuiltInUsers.USER1_ID, BuiltInUsers.USER1_NAME, BuiltInUsers.FULL),
                projectId);
    }

    public RequestLog requestLog() {
        return requestLog;
    }

    public Throttle throttle() {
        return throttle;
    }

    /** Changes fault injection at run time. */
    public void faults(Faults f) {
        faults.set(f);
    }

    public FaultInjector faultInjector() {
        return faults;
    }

    public AsyncJobs jobs() {
        return jobs;
    }

    /** Shared internals for modules and white-box tests. */
    public ServerContext context() {
        return context;
    }

    /** Configuration of a {@link LocalSynapse}. */
    public static final class Builder {
        private Path dataDir;
        private boolean inMemory;
        private String host = "localhost";
        private int port;
        private int storagePort;
        private boolean throttles = true;
        private Faults faults = Faults.NONE;
        private Duration processingDelay = Duration.ZERO;
        private Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;
        private final List<ServerModule> extraModules = new ArrayList<>();

        /** File-backed store under this directory (default mode when a directory is given). */
        public Builder dataDir(Path dir) {
            this.dataDir = dir;
            this.inMemory = false;
            return this;
        }

        /** In-memory store (tests); also the default when no data dir is given. */
        public Builder inMemory() {
            this.inMemory = true;
            return this;
        }

        public Builder host(String h) {
            this.host = h;
            return this;
        }

        /** 0 = a free port. */
        public Builder port(int p) {
            this.port = p;
            return this;
        }

        /** Port of the storage connector behind presigned URLs; 0 = a free port (the default). */
        public Builder storagePort(int p) {
            this.storagePort = p;
            return this;
        }

        /** Synapse's 3-concurrent / 600-per-minute throttles (on by default). */
        public Builder throttles(boolean on) {
            this.throttles = on;
            return this;
        }

        public Builder faults(Faults f) {
            this.faults = f;
            return this;
        }

        /** How long async jobs stay PROCESSING at least. */
        public Builder processingDelay(Duration d) {
            this.processingDelay = d;
            return this;
        }

        /**
         * How long a keep-alive connection may sit idle before the server closes it (default
         * {@link #DEFAULT_IDLE_TIMEOUT}); like any HTTP server or load balancer, it closes idle connections without
         * warning, and clients must not send on a connection it has closed.
         */
        public Builder idleTimeout(Duration d) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("idleTimeout must be positive");
            }
            this.idleTimeout = d;
            return this;
        }

        /** Adds a module (tests and embedders). */
        public Builder module(ServerModule m) {
            this.extraModules.add(m);
            return this;
        }

        public LocalSynapse build() {
            return new LocalSynapse(this);
        }
    }
}
