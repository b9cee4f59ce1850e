package org.synapsejdbc.calcite.schema;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Values loaded on demand and kept for a time to live; a TTL of zero keeps nothing. Concurrent loads of the same
 * key may both run (the later one wins), which is harmless for the idempotent reads cached here; a load that
 * overlaps an invalidation is returned but not kept, since it may predate the change.
 */
final class TtlCache<K, V> {
  private record Entry<V>(V value, long expiresAtNanos) {}

  private final long ttlNanos;
  private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
  /** Bumped by every invalidation, so that a load which started before one does not store what it read. */
  private final AtomicLong invalidations = new AtomicLong();

  TtlCache(Duration ttl) {
    this.ttlNanos = ttl.toNanos();
  }

  V get(K key, Function<K, V> loader) {
    if (ttlNanos <= 0) {
      return loader.apply(key);
    }
    long now = System.nanoTime();
    Entry<V> e = entries.get(key);
    if (e != null && e.expiresAtNanos - now > 0) {
      return e.value;
    }
    long before = invalidations.get();
    V value = loader.apply(key);
    synchronized (this) {
      if (invalidations.get() != before) {
        return value;
      }
      entries.put(key, new Entry<>(value, now + ttlNanos));
    }
    if (entries.size() > 10_000) {
      entries.entrySet().removeIf(x -> x.getValue().expiresAtNanos - now <= 0);
    }
    return value;
  }

  /** The value kept for {@code key} if it has not expired, without loading; null otherwise. */
  V cached(K key) {
    Entry<V> e = entries.get(key);
    return e != null && e.expiresAtNanos - System.nanoTime() > 0 ? e.value : null;
  }

  synchronized void invalidateAll() {
    invalidations.incrementAndGet();
    entries.clear();
  }

  /** Forgets the entries whose key and value match; returns how many it dropped. */
  synchronized int invalidateIf(BiPredicate<K, V> test) {
    invalidations.incrementAndGet();
    int[] dropped = {0};
    entries.entrySet().removeIf(e -> {
      boolean drop = test.test(e.getKey(), e.getValue().value());
      dropped[0] += drop ? 1 : 0;
      return drop;
    });
    return dropped[0];
  }
}
