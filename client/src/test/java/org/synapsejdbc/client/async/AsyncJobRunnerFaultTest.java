package org.synapsejdbc.client.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.error.SynapseBadRequestException;
import org.synapsejdbc.client.error.SynapseCancelledException;
import org.synapsejdbc.client.error.SynapseJobTimeoutException;
import org.synapsejdbc.client.model.Query;
import org.synapsejdbc.client.model.QueryBundleRequest;
import org.synapsejdbc.client.table.QueryPage;
import org.synapsejdbc.client.testing.MockSynapse;

/**
 * Asynchronous jobs that a real server finishes too fast to observe: a job that stays 202 for a while, a view
 * whose index is being rebuilt, deadlines, cancellation and the adaptive poll schedule.
 */
class AsyncJobRunnerFaultTest {
  private static final String RESULT = "{\"concreteType\":\"org.sagebionetworks.repo.model.table.QueryResultBundle\","
      + "\"queryResult\":{\"concreteType\":\"org.sagebionetworks.repo.model.table.QueryResult\",\"queryResults\":"
      + "{\"concreteType\":\"org.sagebionetworks.repo.model.table.RowSet\",\"tableId\":\"syn9\",\"headers\":"
      + "[{\"name\":\"a\",\"columnType\":\"STRING\",\"id\":\"1\"}],\"rows\":[{\"rowId\":1,\"versionNumber\":1,"
      + "\"values\":[\"x\"]}]}},\"maxRowsPerPage\":100}";

  private MockSynapse mock;
  private SynapseClient client;
  private final List<Long> pollTimesMs = new CopyOnWriteArrayList<>();

  @BeforeEach
  void setUp() throws Exception {
    mock = new MockSynapse();
    client = mock.client("async-" + System.nanoTime());
  }

  @AfterEach
  void tearDown() {
    client.close();
    mock.close();
  }

  /** Serves start → token, then 202 until {@code readyAfterMs} after the start, then the result. */
  private void jobReadyAfter(long readyAfterMs, String progressMessage) {
    long[] startedAt = new long[1];
    mock.server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest r) {
        String path = r.getUrl().encodedPath();
        if (path.endsWith("/start")) {
          startedAt[0] = System.nanoTime();
          return MockSynapse.json(201, "{\"token\":\"7\"}");
        }
        long elapsed = (System.nanoTime() - startedAt[0]) / 1_000_000;
        pollTimesMs.add(elapsed);
        if (elapsed < readyAfterMs) {
          return MockSynapse.json(202, "{\"jobState\":\"PROCESSING\",\"jobId\":\"7\",\"progressMessage\":\""
              + progressMessage + "\",\"progressCurrent\":" + elapsed + ",\"progressTotal\":" + readyAfterMs + "}");
        }
        return MockSynapse.json(201, RESULT);
      }
    });
  }

  private QueryPage runQuery(JobOptions options) {
    return client.tables().queryBundle(new QueryBundleRequest().setEntityId("syn9")
        .setQuery(new Query().setSql("select * from syn9")).setPartMask(9L), options);
  }

  @Test
  void aJobThatStays202ForAWhileIsPolledUntilDoneWithFewRequests() {
    jobReadyAfter(1500, "Processing");
    List<JobProgress> progress = new CopyOnWriteArrayList<>();
    QueryPage page = runQuery(JobOptions.defaults().withListener(progress::add));
    assertEquals(1, page.rows().size());
    assertEquals("x", page.rows().get(0).value(0));
    assertEquals(0, pollTimesMs.get(0), 30, "the first poll must be immediate");
    long detectedAt = pollTimesMs.get(pollTimesMs.size() - 1);
    assertTrue(detectedAt <= 1500 * 1.25 + 100, "noticed at " + detectedAt + " ms");
    assertTrue(pollTimesMs.size() < 45, "too many polls: " + pollTimesMs.size());
    assertTrue(progress.size() >= 2, "progress reported on change");
    assertEquals("7", progress.get(0).jobId());
  }

  @Test
  void aHundredMillisecondJobIsNoticedWithinAQuarterOfItsTime() {
    jobReadyAfter(100, "Processing");
    runQuery(JobOptions.defaults());
    long detectedAt = pollTimesMs.get(pollTimesMs.size() - 1);
    // 25% of 100 ms, plus slack for request round trips on a busy machine (the schedule itself is checked exactly
    // in theScheduleGrowsWithElapsedTimeUpToTheCap).
    assertTrue(detectedAt <= 125 + 50, "a 100 ms job noticed at " + detectedAt + " ms (polls " + pollTimesMs + ")");
  }

  @Test
  void theScheduleGrowsWithElapsedTimeUpToTheCap() {
    PollSchedule s = PollSchedule.DEFAULT;
    assertEquals(Duration.ofMillis(20), s.nextDelay(Duration.ZERO));
    assertEquals(Duration.ofMillis(45), s.nextDelay(Duration.ofMillis(100)));
    assertEquals(Duration.ofSeconds(10), s.nextDelay(Duration.ofMinutes(5)));
    // A job ending just after a poll at T is seen at the next one: T + delay(T) may be at most 1.25 T + 20 ms.
    for (long ms = 0; ms < 50_000; ms += 37) {
      long delay = s.nextDelay(Duration.ofMillis(ms)).toMillis();
      assertTrue(delay <= ms * 0.25 + 20, "delay after " + ms + " ms: " + delay);
    }
    // A 10-minute job: count the polls the schedule makes.
    assertTrue(pollsUntil(s, 600_000) < 90, "a 10 minute job would cost " + pollsUntil(s, 600_000) + " polls");
  }

  @Test
  void theScheduleUsesTheFewestPollsThatKeepLatenessWithinAQuarterPlusTwentyMilliseconds() {
    // With an immediate first poll, every later poll must come by 1.25 × the previous + 20 ms; waiting exactly
    // that long is the fewest polls possible: 4, 7 and 13 for jobs of 50, 200 and 1,000 ms.
    PollSchedule s = PollSchedule.DEFAULT;
    assertEquals(4, pollsUntil(s, 50));
    assertEquals(7, pollsUntil(s, 200));
    assertEquals(13, pollsUntil(s, 1000));
    double fewest = 0;
    int polls = 1;
    while (fewest < 1000) {
      fewest = 1.25 * fewest + 20;
      polls++;
    }
    assertEquals(polls, pollsUntil(s, 1000), "no schedule within the lateness bound polls less");
  }

  /** Polls a job of {@code jobMs} gets from the schedule alone (immediate first poll, no round-trip time). */
  private static int pollsUntil(PollSchedule s, long jobMs) {
    long t = 0;
    int polls = 1;
    while (t < jobMs * 1_000_000L) {
      t += s.nextDelay(Duration.ofNanos(t)).toNanos();
      polls++;
    }
    return polls;
  }

  @Test
  void aStatusEchoingALargeRequestBodyIsReadForItsProgressOnly() {
    StringBuilder echoed = new StringBuilder("{\"concreteType\":\"x\",\"rows\":[");
    for (int i = 0; i < 20_000; i++) {
      echoed.append(i == 0 ? "" : ",").append("{\"values\":[{\"key\":\"1\",\"value\":\"v").append(i)
          .append("\"}],\"jobState\":\"COMPLETE\"}");
    }
    echoed.append("]}");
    AtomicInteger polls = new AtomicInteger();
    mock.server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest r) {
        if (r.getUrl().encodedPath().endsWith("/start")) {
          return MockSynapse.json(201, "{\"token\":\"9\"}");
        }
        return polls.incrementAndGet() < 3
            ? MockSynapse.json(202, "{\"jobState\":\"PROCESSING\",\"requestBody\":" + echoed
                + ",\"progressMessage\":\"step " + polls.get() + "\",\"progressCurrent\":" + polls.get()
                + ",\"progressTotal\":\"3\",\"jobId\":\"9\"}")
            : MockSynapse.json(201, RESULT);
      }
    });
    List<JobProgress> progress = new CopyOnWriteArrayList<>();
    runQuery(JobOptions.defaults().withListener(progress::add));
    assertEquals(2, progress.size());
    assertEquals("PROCESSING", progress.get(0).state());
    assertEquals("step 1", progress.get(0).message());
    assertEquals(1L, progress.get(0).current());
    assertEquals(3L, progress.get(0).total());
    assertEquals("step 2", progress.get(1).message());
    assertEquals(2L, progress.get(1).current());
  }

  @Test
  void aViewWhoseIndexIsRebuildingIsReportedAsSuchAndTimesOut() {
    jobReadyAfter(60_000, "Waiting for the table index to become available...");
    List<JobProgress> progress = new CopyOnWriteArrayList<>();
    SynapseJobTimeoutException e = assertThrows(SynapseJobTimeoutException.class,
        () -> runQuery(JobOptions.defaults().withTimeout(Duration.ofMillis(400)).withListener(progress::add)));
    assertEquals("7", e.jobId());
    assertTrue(e.getMessage().contains("index is being rebuilt"), e.getMessage());
    assertTrue(progress.get(0).isWaitingForIndex());
  }

  @Test
  void cancellationStopsTheWaitPromptly() throws Exception {
    jobReadyAfter(60_000, "Processing");
    Cancellation cancel = new Cancellation();
    Thread canceller = new Thread(() -> {
      try {
        Thread.sleep(150);
      } catch (InterruptedException ignored) {
        // test thread
      }
      cancel.cancel();
    });
    canceller.start();
    long t0 = System.nanoTime();
    assertThrows(SynapseCancelledException.class, () -> runQuery(JobOptions.defaults().withCancellation(cancel)));
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertTrue(ms < 1000, "cancel took " + ms + " ms");
    canceller.join();
  }

  @Test
  void aFailedJobSurfacesSynapsesReason() {
    AtomicInteger polls = new AtomicInteger();
    mock.server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest r) {
        if (r.getUrl().encodedPath().endsWith("/start")) {
          return MockSynapse.json(201, "{\"token\":\"8\"}");
        }
        return polls.incrementAndGet() < 3
            ? MockSynapse.json(202, "{\"jobState\":\"PROCESSING\",\"jobId\":\"8\"}")
            : MockSynapse.reason(400, "Unknown column foo");
      }
    });
    SynapseBadRequestException e = assertThrows(SynapseBadRequestException.class,
        () -> runQuery(JobOptions.defaults()));
    assertEquals("Unknown column foo", e.reason());
    assertEquals(3, polls.get());
  }
}
