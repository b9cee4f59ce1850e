package org.synapsejdbc.local.http;

import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/** Applies {@link Faults} to incoming requests: sleeps, or decides that a request fails or is reset. */
public final class FaultInjector {

    /** What to do with one request. */
    public enum Outcome { PASS, RESET }

    private volatile Faults faults;
    private volatile Random random;
    private final AtomicLong injected = new AtomicLong();

    public FaultInjector(Faults faults) {
        set(faults);
    }

    public Faults faults() {
        return faults;
    }

    public synchronized void set(Faults f) {
        this.faults = f == null ? Faults.NONE : f;
        this.random = this.faults.seed() == 0 ? new Random() : new Random(this.faults.seed());
    }

    /** How many faults (errors and resets, not latency) were injected so far. */
    public long injectedCount() {
        return injected.get();
    }

    /** Sleeps the configured latency, then throws an injected error, returns RESET, or PASS. */
    Outcome apply() throws InterruptedException {
        Faults f = faults;
        if (!f.any()) {
            return Outcome.PASS;
        }
        if (f.latencyMillis() > 0) {
            Thread.sleep(f.latencyMillis());
        }
        double r;
        synchronized (this) {
            r = random.nextDouble();
        }
        if ((r -= f.pReset()) < 0) {
            injected.incrementAndGet();
            return Outcome.RESET;
        }
        if ((r -= f.p503()) < 0) {
            injected.incrementAndGet();
            throw ApiException.maintenance();
        }
        if ((r -= f.p500()) < 0) {
            injected.incrementAndGet();
            throw ApiException.serverError("An unexpected error occurred (injected fault).");
        }
        if (r - f.p429() < 0) {
            injected.incrementAndGet();
            throw ApiException.throttled(Throttle.FREQUENCY_REASON);
        }
        return Outcome.PASS;
    }
}
