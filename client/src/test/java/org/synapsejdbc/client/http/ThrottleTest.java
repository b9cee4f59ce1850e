package org.synapsejdbc.client.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.testing.MockSynapse;

/** The per-user throttle holds across clients of the same user and lets other users through. */
class ThrottleTest {

  @Test
  void atMostThreeRequestsInFlightAcrossAllClientsOfOneUser() throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger maxSeen = new AtomicInteger();
    try (MockSynapse mock = new MockSynapse()) {
      mock.server.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
          int now = inFlight.incrementAndGet();
          maxSeen.accumulateAndGet(now, Math::max);
          Thread.sleep(40);
          inFlight.decrementAndGet();
          return MockSynapse.json(200, "{\"ownerId\":\"1\",\"userName\":\"u\"}");
        }
      });
      String token = "same-user-" + System.nanoTime();
      List<SynapseClient> clients = List.of(mock.client(token), mock.client(token), mock.client(token));
      ExecutorService pool = Executors.newFixedThreadPool(12);
      try {
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
          SynapseClient c = clients.get(i % clients.size());
          futures.add(pool.submit(() -> c.users().profile()));
        }
        for (Future<?> f : futures) {
          f.get();
        }
      } finally {
        pool.shutdownNow();
        clients.forEach(SynapseClient::close);
      }
      assertEquals(24, mock.server.getRequestCount());
      assertTrue(maxSeen.get() <= 3, "max in flight was " + maxSeen.get());
      assertEquals(3, maxSeen.get(), "the three slots should have been used");
    }
  }

  @Test
  void differentUsersDoNotShareSlots() throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger maxSeen = new AtomicInteger();
    try (MockSynapse mock = new MockSynapse()) {
      mock.server.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
          maxSeen.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
          Thread.sleep(60);
          inFlight.decrementAndGet();
          return MockSynapse.json(200, "{\"ownerId\":\"1\"}");
        }
      });
      List<SynapseClient> clients = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        clients.add(mock.client("user-" + i + "-" + System.nanoTime()));
      }
      ExecutorService pool = Executors.newFixedThreadPool(6);
      try {
        List<Future<?>> futures = new ArrayList<>();
        for (SynapseClient c : clients) {
          futures.add(pool.submit(() -> c.users().profile()));
        }
        for (Future<?> f : futures) {
          f.get();
        }
      } finally {
        pool.shutdownNow();
        clients.forEach(SynapseClient::close);
      }
      assertTrue(maxSeen.get() > 3, "six users should run concurrently, saw " + maxSeen.get());
    }
  }

  @Test
  void theRateWindowDelaysRequestsBeyondTheBudget() throws Exception {
    UserThrottle throttle = UserThrottle.forUser("rate-" + System.nanoTime(), 3, 5, Duration.ofMillis(400));
    long start = System.nanoTime();
    for (int i = 0; i < 10; i++) {
      throttle.acquire();
      throttle.release();
    }
    long elapsedMs = (System.nanoTime() - start) / 1_000_000;
    // 10 requests at 5 per 400 ms: the 6th must wait for the first window to pass.
    assertTrue(elapsedMs >= 380, "10 requests with a budget of 5/400ms took only " + elapsedMs + " ms");
  }
}
