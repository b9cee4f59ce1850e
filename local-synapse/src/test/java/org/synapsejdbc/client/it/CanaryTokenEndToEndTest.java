package org.synapsejdbc.client.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.async.JobOptions;
import org.synapsejdbc.client.files.UploadOptions;
import org.synapsejdbc.client.model.AppendableRowSetRequest;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.ColumnType;
import org.synapsejdbc.client.model.DownloadFromTableRequest;
import org.synapsejdbc.client.model.Entity;
import org.synapsejdbc.client.model.FileEntity;
import org.synapsejdbc.client.model.FileHandleAssociateType;
import org.synapsejdbc.client.model.FileHandleAssociation;
import org.synapsejdbc.client.model.Folder;
import org.synapsejdbc.client.model.PartialRow;
import org.synapsejdbc.client.model.PartialRowSet;
import org.synapsejdbc.client.model.Project;
import org.synapsejdbc.client.model.TableEntity;
import org.synapsejdbc.client.model.TableUpdateTransactionRequest;
import org.synapsejdbc.client.table.CsvResult;
import org.synapsejdbc.client.table.QueryRequest;
import org.synapsejdbc.client.table.QueryResults;
import org.synapsejdbc.local.LocalSynapse;
import org.synapsejdbc.local.auth.BuiltInUsers;

/**
 * A canary token registered in local-synapse and used for a full session over real HTTP — uploads, downloads,
 * queries, CSV, transactions, and failures (404, 409, 412, 400, 401) — while every log line of the JVM (SLF4J at
 * DEBUG for the client, JUL) is captured: the canary must appear in none of them, nor in any exception.
 */
class CanaryTokenEndToEndTest {
  private static final String CANARY = "CANARY-e2e-" + Long.toHexString(System.nanoTime()) + "-token";
  private static final String BAD_CANARY = "CANARY-bad-" + Long.toHexString(System.nanoTime()) + "-token";
  @TempDir
  Path dir;

  @Test
  void theTokenNeverReachesAnyLogLineOrException() throws Exception {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    List<String> jul = new ArrayList<>();
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord r) {
        jul.add(r.getLoggerName() + " " + r.getMessage() + " " + java.util.Arrays.toString(r.getParameters()));
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Logger root = Logger.getLogger("");
    Level oldLevel = root.getLevel();
    root.addHandler(handler);
    root.setLevel(Level.ALL);
    PrintStream oldErr = System.err;
    PrintStream oldOut = System.out;
    PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
    System.setErr(capture);
    System.setOut(capture);
    List<Throwable> failures = new ArrayList<>();
    try (LocalSynapse synapse = LocalSynapse.builder().inMemory().port(0).throttles(true).build().start()) {
      synapse.context().users().registerToken(BuiltInUsers.USER1_ID, CANARY, "canary", BuiltInUsers.FULL);
      try (SynapseClient client = LocalClients.client(synapse, CANARY)) {
        session(client, failures);
      }
      try (SynapseClient bad = LocalClients.client(synapse, BAD_CANARY)) {
        failures.add(assertThrows(RuntimeException.class, bad::validate));
        failures.add(assertThrows(RuntimeException.class, () -> bad.entities().get("syn1")));
      }
    } finally {
      System.setErr(oldErr);
      System.setOut(oldOut);
      root.removeHandler(handler);
      root.setLevel(oldLevel);
    }
    String logs = captured.toString(StandardCharsets.UTF_8) + String.join("\n", jul);
    assertTrue(logs.contains("DEBUG") && logs.contains("/repo/v1/entity"), "client DEBUG lines were captured");
    assertFalse(logs.contains(CANARY), "the canary token is in the logs");
    assertFalse(logs.contains(BAD_CANARY), "the rejected canary token is in the logs");
    assertTrue(failures.size() >= 6);
    for (Throwable t : failures) {
      StringWriter w = new StringWriter();
      t.printStackTrace(new PrintWriter(w));
      assertFalse(w.toString().contains(CANARY) || w.toString().contains(BAD_CANARY), "token in " + t);
    }
  }

  private void session(SynapseClient client, List<Throwable> failures) throws Exception {
    client.validate();
    Project p = client.entities().create(new Project().setName("canary-" + System.nanoTime()));
    Folder f = new Folder();
    f.setName("data");
    f.setParentId(p.getId());
    client.entities().create(f);
    failures.add(assertThrows(RuntimeException.class, () -> client.entities().create(f)));          // 409
    failures.add(assertThrows(RuntimeException.class, () -> client.entities().get("syn999999999"))); // 404
    Entity stale = client.entities().get(p.getId());
    client.entities().update(client.entities().get(p.getId()).setDescription("x"));
    failures.add(assertThrows(RuntimeException.class, () -> client.entities().update(stale)));      // 412

    Path source = dir.resolve("canary.txt");
    Files.writeString(source, "some bytes\n");
    String handle = client.files().upload(source, UploadOptions.defaults(), (d, t) -> {});
    FileEntity fe = new FileEntity();
    fe.setName("canary.txt");
    fe.setParentId(p.getId());
    fe.setDataFileHandleId(handle);
    FileEntity file = client.entities().create(fe);
    client.files().download(new FileHandleAssociation().setFileHandleId(handle).setAssociateObjectId(file.getId())
        .setAssociateObjectType(FileHandleAssociateType.FileEntity), dir.resolve("copy.txt"), (d, t) -> {});

    ColumnModel c = client.columns().create(new ColumnModel().setName("v").setColumnType(ColumnType.STRING));
    TableEntity t = client.entities().create(new TableEntity().setName("t").setParentId(p.getId())
        .setColumnIds(List.of(c.getId())));
    client.tables().transaction(t.getId(), new TableUpdateTransactionRequest().setEntityId(t.getId())
        .setChanges(List.of(new AppendableRowSetRequest().setEntityId(t.getId()).setToAppend(new PartialRowSet()
            .setTableId(t.getId()).setRows(List.of(new PartialRow().setValues(Map.of(c.getId(), "a"))))))),
        JobOptions.defaults());
    try (QueryResults r = client.tables().query(QueryRequest.of(t.getId(), "SELECT \"v\" FROM " + t.getId()),
        JobOptions.defaults())) {
      assertEquals("a", r.next().value(0));
    }
    try (CsvResult csv = client.tables().queryCsv(new DownloadFromTableRequest().setEntityId(t.getId())
        .setSql("SELECT \"v\" FROM " + t.getId()), JobOptions.defaults(), dir, (d, tot) -> {})) {
      csv.next();
    }
    failures.add(assertThrows(RuntimeException.class, () -> {                                           // 400
      try (QueryResults r = client.tables().query(QueryRequest.of(t.getId(), "SELECT \"nope\" FROM " + t.getId()),
          JobOptions.defaults())) {
        r.hasNext();
      }
    }));
  }
}
