package org.synapsejdbc.local.files;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The clock presigned URLs are issued and checked against. Tests move it forward to see URLs expire without
 * waiting ({@code server.context().service(StorageClock.class).advance(Duration.ofSeconds(31))}).
 */
public final class StorageClock {

    private final AtomicLong offsetMillis = new AtomicLong();

    public Instant now() {
        return Instant.now().plusMillis(offsetMillis.get());
    }

    /** Shifts this clock forward (or back, with a negative duration). */
    public void advance(Duration d) {
        offsetMillis.addAndGet(d.toMillis());
    }

    public void reset() {
        offsetMillis.set(0);
    }
}
