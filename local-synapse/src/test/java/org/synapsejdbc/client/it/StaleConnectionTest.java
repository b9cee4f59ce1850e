package org.synapsejdbc.client.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.async.JobOptions;
import org.synapsejdbc.client.http.SynapseRequestListener;
import org.synapsejdbc.client.http.SynapseTransport;
import org.synapsejdbc.client.model.Activity;
import org.synapsejdbc.client.model.AppendableRowSetRequest;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.ColumnType;
import org.synapsejdbc.client.model.PartialRow;
import org.synapsejdbc.client.model.PartialRowSet;
import org.synapsejdbc.client.model.Project;
import org.synapsejdbc.client.model.TableEntity;
import org.synapsejdbc.client.model.TableUpdateTransactionRequest;
import org.synapsejdbc.client.table.QueryRequest;
import org.synapsejdbc.client.table.QueryResults;
import org.synapsejdbc.local.LocalSynapse;

/**
 * Requests after a pause longer than the server's idle timeout (issue 8, "unexpected end of stream"): local-synapse,
 * like any server or load balancer, closes a keep-alive connection that sat idle, while the client's pool keeps it
 * for minutes. The client must never send on such a connection: no failed exchange, no retry, no request lost or
 * doubled — for GETs, idempotent POSTs and non-idempotent POSTs alike.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaleConnectionTest {
  /**
   * Far below Jetty's 30 s so the test is quick, but not below the idle time after which the client checks a pooled
   * connection (1 s): a server closing connections sooner than that is outside what the client guards against.
   */
  private static final Duration SERVER_IDLE_TIMEOUT = Duration.ofSeconds(1);
  private static final long PAUSE_MILLIS = 1_600;
  private static final int PAGE = 10;
  private static final int ROWS = 35;

  private LocalSynapse synapse;
  private SynapseClient client;
  private String tableId;
  private final List<String> failures = new CopyOnWriteArrayList<>();
  private final AtomicInteger connectionsOpened = new AtomicInteger();

  @BeforeAll
  void setUp() {
    synapse = LocalSynapse.builder().inMemory().port(0).throttles(false).idleTimeout(SERVER_IDLE_TIMEOUT).build()
        .start();
    OkHttpClient http = SynapseTransport.defaultHttpClient(Duration.ofSeconds(10), Duration.ofSeconds(30))
        .newBuilder().eventListener(new EventListener() {
          @Override
          public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
            connectionsOpened.incrementAndGet();
          }
        }).build();
    client = LocalClients.builder(synapse, synapse.user1Token()).httpClient(http)
        .listener(new SynapseRequestListener() {
          @Override
          public void onFailure(String method, String path, Exception error, Duration elapsed) {
            failures.add(method + " " + path + ": " + error);
          }

          @Override
          public void onRetry(String method, String path, int attempt, Duration delay, String cause) {
            failures.add("retry of " + method + " " + path + ": " + cause);
          }
        }).build();
    Project project = client.entities().create(new Project().setName("stale-" + System.nanoTime()));
    ColumnModel n = client.columns().createBatch(List.of(new ColumnModel().setName("n")
        .setColumnType(ColumnType.INTEGER))).get(0);
    tableId = client.entities().create(new TableEntity().setName("numbers").setParentId(project.getId())
        .setColumnIds(List.of(n.getId()))).getId();
    List<PartialRow> rows = new ArrayList<>();
    for (int i = 0; i < ROWS; i++) {
      Map<String, String> values = new LinkedHashMap<>();
      values.put(n.getId(), String.valueOf(i));
      rows.add(new PartialRow().setValues(values));
    }
    client.tables().transaction(tableId, new TableUpdateTransactionRequest().setEntityId(tableId)
        .setChanges(List.of(new AppendableRowSetRequest().setEntityId(tableId)
            .setToAppend(new PartialRowSet().setTableId(tableId).setRows(rows)))), JobOptions.defaults());
  }

  @AfterAll
  void tearDown() {
    client.close();
    synapse.stop();
  }

  @BeforeEach
  void reset() {
    failures.clear();
    connectionsOpened.set(0);
  }

  @Test
  void aGetAfterTheServerClosedTheIdleConnectionGoesOutOnAFreshOneWithoutRetry() throws Exception {
    client.users().profile();
    Thread.sleep(PAUSE_MILLIS);
    long before = synapse.requestLog().count("GET /repo/v1/userProfile");
    int opened = connectionsOpened.get();
    assertNotNull(client.users().profile().getOwnerId());
    assertEquals(List.of(), failures);
    assertEquals(1, synapse.requestLog().count("GET /repo/v1/userProfile") - before);
    // The pause really outlasted the server's idle timeout: the second request needed a new connection.
    assertEquals(1, connectionsOpened.get() - opened, "connections opened after the pause");
  }

  @Test
  void aNonIdempotentPostAfterTheServerClosedTheIdleConnectionIsSentExactlyOnce() throws Exception {
    client.users().profile();
    Thread.sleep(PAUSE_MILLIS);
    long before = synapse.requestLog().count("POST /repo/v1/activity");
    int opened = connectionsOpened.get();
    // POST /activity may not be re-sent once it may have reached the server (it has no verifier), so a request
    // written to a closed connection would fail outright: the client must see the closed connection first.
    Activity created = client.activities().create(new Activity().setName("after a pause"));
    assertNotNull(created.getId());
    assertEquals(List.of(), failures);
    assertEquals(1, synapse.requestLog().count("POST /repo/v1/activity") - before);
    assertEquals(1, connectionsOpened.get() - opened, "connections opened after the pause");
  }

  @Test
  void aPagedScanWithPausesBetweenPagesNeedsNoRetry() throws Exception {
    long pages = 0;
    List<Long> seen = new ArrayList<>();
    try (QueryResults results = client.tables().query(QueryRequest.of(tableId, "SELECT n FROM " + tableId + " ORDER BY n")
        .withPageSize((long) PAGE).withPrefetch(1), JobOptions.defaults())) {
      while (results.hasNext()) {
        seen.add(Long.parseLong(results.next().value(0)));
        if (seen.size() % PAGE == 0) {
          // Reading a page slowly: the prefetched next page arrived meanwhile, and its connection went idle.
          Thread.sleep(PAUSE_MILLIS);
        }
      }
      pages = results.pagesRequested();
    }
    List<Long> expected = new ArrayList<>();
    for (long i = 0; i < ROWS; i++) {
      expected.add(i);
    }
    assertEquals(expected, seen);
    assertEquals((ROWS + PAGE - 1) / PAGE, pages);
    assertEquals(List.of(), failures);
  }
}
