package org.synapsejdbc.local.http;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Synapse's per-user throttles: at most 3 concurrent requests and 600 requests per 60-second block, each
 * refused with 429 and the filter's reason text. Anonymous requests are not throttled (as in Synapse).
 */
public final class Throttle {

    public static final int MAX_CONCURRENT = 3;
    public static final int MAX_PER_MINUTE = 600;
    static final String CONCURRENT_REASON =
            "Too many concurrent requests. Allowed " + MAX_CONCURRENT + " concurrent connections at any time.";
    static final String FREQUENCY_REASON =
            "Requests are too frequent. Allowed " + MAX_PER_MINUTE + " requests every 60 seconds.";

    private final ConcurrentHashMap<Long, AtomicInteger> active = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Long, long[]> windows = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, long[]> routeWindows = new ConcurrentHashMap<>();
    private volatile boolean enabled;

    public Throttle(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean enabled() {
        return enabled;
    }

    public void enabled(boolean on) {
        this.enabled = on;
    }

    /** Admits one request or throws 429; an admitted request must be {@link #release released}. */
    public boolean acquire(long userId) {
        if (!enabled) {
            return false;
        }
        AtomicInteger n = active.computeIfAbsent(userId, k -> new AtomicInteger());
        if (n.incrementAndGet() > MAX_CONCURRENT) {
            n.decrementAndGet();
            throw ApiException.throttled(CONCURRENT_REASON);
        }
        if (!countInWindow(userId)) {
            n.decrementAndGet();
            throw ApiException.throttled(FREQUENCY_REASON);
        }
        return true;
    }

    /** Applies a route's own rule (if any) for one admitted request; throws 429 when exceeded. */
    void checkRoute(long userId, Route route) {
        if (!enabled || route.rateMax() <= 0) {
            return;
        }
        String key = userId + " " + route.key();
        long now = System.currentTimeMillis();
        long[] w = routeWindows.computeIfAbsent(key, k -> new long[] {now, 0});
        synchronized (w) {
            if (now - w[0] >= route.ratePeriodSeconds() * 1000L) {
                w[0] = now;
                w[1] = 0;
            }
            if (w[1] >= route.rateMax()) {
                throw ApiException.throttled("Requests are too frequent for API call: " + route.normalizedPath()
                        + ". Allowed " + route.rateMax() + " requests every " + route.ratePeriodSeconds() + " seconds.");
            }
            w[1]++;
        }
    }

    public void release(long userId) {
        AtomicInteger n = active.get(userId);
        if (n != null) {
            n.decrementAndGet();
        }
    }

    /* A fixed 60 s block starting at the first call, like Synapse's counting semaphore. */
    private boolean countInWindow(long userId) {
        long now = System.currentTimeMillis();
        long[] w = windows.computeIfAbsent(userId, k -> new long[] {now, 0});
        synchronized (w) {
            if (now - w[0] >= 60_000) {
                w[0] = now;
                w[1] = 0;
            }
            if (w[1] >= MAX_PER_MINUTE) {
                return false;
            }
            w[1]++;
            return true;
        }
    }
}
