package org.synapsejdbc.local;

/**
 * A feature package of local-synapse (entities, files, tables, ...) that installs its tables, routes and job
 * types at startup. Built-in modules are listed in {@link LocalSynapse}; further ones are found with
 * {@link java.util.ServiceLoader} ({@code META-INF/services/org.synapsejdbc.local.ServerModule}).
 */
public interface ServerModule {

    /** Creates tables ({@code ctx.db().migrate(..)}), registers routes, job types, hooks and demo seeders. */
    void install(ServerContext ctx);

    /** Modules install in ascending order; built-ins use 0-99. */
    default int order() {
        return 100;
    }
}
