package org.synapsejdbc.local.table;

import java.time.Duration;

/**
 * Runtime switches of the tables module, published as a service:
 * {@code server.context().service(TableSettings.class).viewLag(Duration.ofSeconds(2))}. The initial view lag
 * comes from the system property {@code localsynapse.viewLagMs} (default 0: views always current).
 */
public final class TableSettings {

    private volatile long viewLagMs = Long.getLong("localsynapse.viewLagMs", 0L);

    /**
     * How stale a view's index may be: entity changes show up in view queries at most this long after they
     * happen (0 = every query sees the current state). A query that finds the index older than this waits
     * (202, "Waiting for the table index to become available...") while the index is rebuilt.
     */
    public TableSettings viewLag(Duration lag) {
        this.viewLagMs = lag.toMillis();
        return this;
    }

    public long viewLagMillis() {
        return viewLagMs;
    }

    private volatile long viewBuildDelayMs = Long.getLong("localsynapse.viewBuildDelayMs", 0L);

    /**
     * Extra time every view index rebuild takes, so clients see queries wait (202 with "Waiting for the table
     * index to become available...") as they do on Synapse while a view is being built. Default 0; system
     * property {@code localsynapse.viewBuildDelayMs}.
     */
    public TableSettings viewBuildDelay(Duration delay) {
        this.viewBuildDelayMs = delay.toMillis();
        return this;
    }

    public long viewBuildDelayMillis() {
        return viewBuildDelayMs;
    }
}
