package org.synapsejdbc.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.synapsejdbc.local.async.AsyncJobs;
import org.synapsejdbc.local.auth.UserStore;
import org.synapsejdbc.local.http.Router;
import org.synapsejdbc.local.store.RepositoryDb;

/**
 * What modules share: the repository DB, users, the router, the async job service, the data directories and a
 * registry of services one module publishes for another (e.g. {@code EntityService} for files and tables).
 */
public final class ServerContext {

    private final RepositoryDb db;
    private final UserStore users;
    private final Router router;
    private final AsyncJobs jobs;
    private final Path dataDir;
    private final Map<Class<?>, Object> services = new HashMap<>();
    private final List<DemoSeeder> demoSeeders = new ArrayList<>();
    private final List<AutoCloseable> closeables = new ArrayList<>();

    ServerContext(RepositoryDb db, UserStore users, Router router, AsyncJobs jobs, Path dataDir) {
        this.db = db;
        this.users = users;
        this.router = router;
        this.jobs = jobs;
        this.dataDir = dataDir;
    }

    public RepositoryDb db() {
        return db;
    }

    public UserStore users() {
        return users;
    }

    public Router router() {
        return router;
    }

    public AsyncJobs jobs() {
        return jobs;
    }

    /** The data directory, or null when running in memory (use a temp directory for file bytes then). */
    public Path dataDir() {
        return dataDir;
    }

    /** Publishes a service object (one per type) for other modules. */
    public <T> void publish(Class<T> type, T service) {
        if (services.putIfAbsent(type, service) != null) {
            throw new IllegalStateException("service already published: " + type.getName());
        }
    }

    /** A service published by another module; fails if absent (install order!). */
    public <T> T service(Class<T> type) {
        Object s = services.get(type);
        if (s == null) {
            throw new IllegalStateException("no service " + type.getName() + " published (module order?)");
        }
        return type.cast(s);
    }

    public void addDemoSeeder(DemoSeeder seeder) {
        demoSeeders.add(seeder);
    }

    List<DemoSeeder> demoSeeders() {
        return Collections.unmodifiableList(demoSeeders);
    }

    /** Closed (in reverse order) when the server stops. */
    public void closeOnStop(AutoCloseable c) {
        closeables.add(c);
    }

    List<AutoCloseable> closeables() {
        return closeables;
    }
}
