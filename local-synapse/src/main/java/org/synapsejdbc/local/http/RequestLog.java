package org.synapsejdbc.local.http;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The request log and per-route round-trip counters, readable from Java (tests and benchmarks count round trips).
 * Entries never hold headers, so no token can end up here.
 */
public final class RequestLog {

    private static final Logger LOG = LoggerFactory.getLogger(RequestLog.class);
    private static final int CAPACITY = 10_000;

    /** One handled request. {@code routeKey} is the matched route ({@code GET /repo/v1/entity/{id}}) or null. */
    public record Entry(Instant at, String method, String path, String query, String routeKey, long userId,
                        int status, long durationMicros) {
    }

    private final Deque<Entry> entries = new ArrayDeque<>();
    private final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();
    private final AtomicLong total = new AtomicLong();

    void record(Entry e) {
        total.incrementAndGet();
        if (e.routeKey() != null) {
            counters.computeIfAbsent(e.routeKey(), k -> new AtomicLong()).incrementAndGet();
        }
        synchronized (entries) {
            if (entries.size() == CAPACITY) {
                entries.removeFirst();
            }
            entries.addLast(e);
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} -> {} ({} us, user {})", e.method(), e.path(), e.status(), e.durationMicros(), e.userId());
        }
    }

    /** The last (up to 10,000) requests, oldest first. */
    public List<Entry> entries() {
        synchronized (entries) {
            return new ArrayList<>(entries);
        }
    }

    /** Round trips per route key, e.g. {@code GET /repo/v1/entity/{id}} → 3. Unmatched requests are not counted here. */
    public Map<String, Long> counts() {
        Map<String, Long> out = new TreeMap<>();
        counters.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    /** Round trips of one route key, 0 if never called. */
    public long count(String routeKey) {
        AtomicLong c = counters.get(routeKey);
        return c == null ? 0 : c.get();
    }

    /** All requests received, matched or not. */
    public long total() {
        return total.get();
    }

    /** Forgets entries and counters (between benchmark phases). */
    public void reset() {
        synchronized (entries) {
            entries.clear();
        }
        counters.clear();
        total.set(0);
    }
}
