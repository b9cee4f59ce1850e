package org.synapsejdbc.client.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.async.JobOptions;
import org.synapsejdbc.client.async.JobProgress;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.ColumnType;
import org.synapsejdbc.client.model.Project;
import org.synapsejdbc.client.model.SnapshotRequest;
import org.synapsejdbc.client.model.TableEntity;
import org.synapsejdbc.client.model.VersionInfo;
import org.synapsejdbc.client.paging.PrefetchingIterator;
import org.synapsejdbc.client.table.QueryRequest;
import org.synapsejdbc.client.table.QueryResults;
import org.synapsejdbc.local.LocalSynapse;

/**
 * Against a local-synapse whose jobs take 300 ms: the job is polled adaptively (few requests, noticed soon after it
 * finishes) with progress reported; and entity versions are paged lazily.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AsyncJobsAndVersionsTest {
  private static final long DELAY_MS = 300;
  private LocalSynapse synapse;
  private SynapseClient client;
  private TableEntity table;

  @BeforeAll
  void setUp() {
    synapse = LocalSynapse.builder().inMemory().port(0).throttles(false)
        .processingDelay(Duration.ofMillis(DELAY_MS)).build().start();
    client = LocalClients.client(synapse, synapse.user1Token());
    Project p = client.entities().create(new Project().setName("jobs-" + System.nanoTime()));
    ColumnModel c = client.columns().create(new ColumnModel().setName("x").setColumnType(ColumnType.INTEGER));
    table = client.entities().create(new TableEntity().setName("t").setParentId(p.getId())
        .setColumnIds(List.of(c.getId())));
  }

  @AfterAll
  void tearDown() {
    client.close();
    synapse.stop();
  }

  @Test
  void aSlowJobIsPolledAdaptivelyAndReportsProgress() {
    synapse.requestLog().reset();
    List<JobProgress> progress = new CopyOnWriteArrayList<>();
    long t0 = System.nanoTime();
    try (QueryResults r = client.tables().query(QueryRequest.of(table.getId(),
        "SELECT \"x\" FROM " + table.getId()), JobOptions.defaults().withListener(progress::add))) {
      assertFalse(r.hasNext());
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    long polls = synapse.requestLog().count("GET /repo/v1/entity/{id}/table/query/async/get/{token}");
    assertTrue(ms >= DELAY_MS, "the job took at least its processing delay: " + ms);
    assertTrue(ms <= DELAY_MS * 1.25 + 150, "noticed " + ms + " ms after start for a " + DELAY_MS + " ms job");
    assertTrue(polls >= 2 && polls <= 30, "polls: " + polls);
    assertFalse(progress.isEmpty(), "the 202 answers were reported to the listener");
    assertEquals("PROCESSING", progress.get(0).state());
  }

  @Test
  void versionsArePagedLazily() {
    for (int i = 0; i < 55; i++) {
      client.tables().snapshot(table.getId(), new SnapshotRequest().setSnapshotComment("s" + i));
    }
    synapse.requestLog().reset();
    List<Long> versions = new ArrayList<>();
    try (PrefetchingIterator<Long, VersionInfo> it = client.entities().versions(table.getId())) {
      it.forEachRemaining(v -> versions.add(v.getVersionNumber()));
    }
    assertEquals(56, versions.size(), versions.toString());
    assertEquals(56L, versions.get(0), "newest first");
    assertEquals(2, synapse.requestLog().count("GET /repo/v1/entity/{id}/version"));
  }
}
