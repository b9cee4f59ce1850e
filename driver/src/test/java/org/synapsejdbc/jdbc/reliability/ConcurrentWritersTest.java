package org.synapsejdbc.jdbc.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.SynapseEndpoints;
import org.synapsejdbc.client.error.SynapseEtagMismatchException;
import org.synapsejdbc.client.model.Annotations;
import org.synapsejdbc.client.model.AnnotationsValue;
import org.synapsejdbc.client.model.AnnotationsValueType;
import org.synapsejdbc.client.model.Folder;
import org.synapsejdbc.local.http.Faults;

/**
 * Durability under concurrency: 8 writers append to one list annotation of one entity at the same time, each with
 * its own REST client, re-reading and re-applying when Synapse answers 412 (etag mismatch). The final list has every
 * contribution exactly once: conflicts are detected, never silently lost. (The kill -9 case is
 * {@code local-synapse/src/test/.../store/KillRecoveryTest}.)
 */
class ConcurrentWritersTest {
  static final int WRITERS = 8;
  static final int EACH = 5;

  @Test
  void concurrentAppendsToOneAnnotationLoseNothing() throws Exception {
    try (ReliabilityFixture fx = new ReliabilityFixture(false, true)) {
      Folder folder = fx.client.entities().create(new Folder().setName("shared").setParentId(fx.project.getId()));
      String id = folder.getId();
      long before = Figures.startPhase(fx.synapse);
      fx.synapse.faults(Faults.NONE.with503(0.02).withReset(0.02).withLatency(2).withSeed(412));
      AtomicInteger conflicts = new AtomicInteger();
      long t0 = System.nanoTime();
      assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
          List<Future<?>> all = new ArrayList<>();
          for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            all.add(pool.submit(() -> {
              try (SynapseClient client = SynapseClient.builder()
                  .endpoints(SynapseEndpoints.of(fx.synapse.baseUrl())).token(fx.synapse.user1Token()).build()) {
                for (int i = 0; i < EACH; i++) {
                  append(client, id, "w" + writer + "-" + i, conflicts);
                }
              }
              return null;
            }));
          }
          for (Future<?> f : all) {
            f.get();
          }
        } finally {
          pool.shutdownNow();
        }
      });
      fx.synapse.faults(Faults.NONE);
      long millis = (System.nanoTime() - t0) / 1_000_000;
      List<String> values = fx.client.annotations().get(id).getAnnotations().get("contributors").getValue();
      assertEquals(WRITERS * EACH, values.size(), "contributions: " + values);
      assertEquals(WRITERS * EACH, new TreeSet<>(values).size(), "duplicates: " + values);
      long status412 = fx.synapse.requestLog().entries().stream().filter(e -> e.status() == 412).count();
      assertEquals(conflicts.get(), status412, "every 412 reached the writer as an etag mismatch");
      assertTrue(status412 > 0, "the writers never collided; the test proves nothing");
      Map<String, Object> f = new LinkedHashMap<>(Figures.statuses(fx.synapse, before));
      f.put("writers", WRITERS);
      f.put("contributions", WRITERS * EACH);
      f.put("etagConflictsRetried", conflicts.get());
      f.put("millis", millis);
      Figures.record("durability.concurrentWriters", f);
    }
  }

  private static void append(SynapseClient client, String id, String value, AtomicInteger conflicts) {
    while (true) {
      Annotations current = client.annotations().get(id);
      Map<String, AnnotationsValue> map = current.getAnnotations() == null ? new HashMap<>()
          : new HashMap<>(current.getAnnotations());
      List<String> list = new ArrayList<>();
      if (map.containsKey("contributors")) {
        list.addAll(map.get("contributors").getValue());
      }
      list.add(value);
      map.put("contributors", new AnnotationsValue().setType(AnnotationsValueType.STRING).setValue(list));
      try {
        client.annotations().update(current.setAnnotations(map));
        return;
      } catch (SynapseEtagMismatchException e) {
        conflicts.incrementAndGet();
      }
    }
  }
}
