package org.synapsejdbc.calcite.schema;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values loaded on demand and kept for a time to live; a TTL of zero keeps nothing. Concurrent loads of the same
 * key may both run (the later one wins), which is harmless for the idempotent reads cached here.
 */
final class TtlCache<K, V> {
  private record Entry<V>(V value, long expiresAtNanos) {}

  private final long ttlNanos;
  private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

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
    V value = loader.apply(key);
    entries.put(key, new Entry<>(value, now + ttlNanos));
    if (entries.size() > 10_000) {
      entries.entrySet().removeIf(x -> x.getValue().expiresAtNanos - now <= 0);
    }
    return value;
  }

  void invalidateAll() {
    entries.clear();
  }
}
