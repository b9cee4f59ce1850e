package org.synapsejdbc.jdbc.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synapsejdbc.calcite.error.SynapseSqlStates;
import org.synapsejdbc.local.LocalSynapse;

/**
 * The local-synapse servers that {@code jdbc:synapse:local} connections start inside this JVM: one per data
 * directory, shared by every connection to it, seeded with demo data when its store is new, stopped at JVM exit.
 */
public final class EmbeddedLocalSynapse {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedLocalSynapse.class);
  private static final Map<Path, LocalSynapse> SERVERS = new HashMap<>();
  private static boolean shutdownHookAdded;

  private EmbeddedLocalSynapse() {
  }

  /** The server for {@code dataDir}, started (on {@code port}, 0 = free) if this JVM has none yet. */
  public static synchronized LocalSynapse serverFor(Path dataDir, int port) throws SQLException {
    Path dir = dataDir.toAbsolutePath().normalize();
    LocalSynapse running = SERVERS.get(dir);
    if (running != null) {
      if (port != 0 && running.port() != port) {
        throw new SQLException("The embedded local-synapse for " + dir + " already runs on port " + running.port()
            + ", not on the requested localPort " + port, SynapseSqlStates.CONNECTION_FAILED);
      }
      return running;
    }
    LocalSynapse server = start(dir, port);
    SERVERS.put(dir, server);
    if (!shutdownHookAdded) {
      Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedLocalSynapse::stopAll, "local-synapse-shutdown"));
      shutdownHookAdded = true;
    }
    return server;
  }

  /** Base URL ({@code http://localhost:PORT}) of the server for {@code dataDir}, starting it if needed. */
  public static String baseUrl(Path dataDir, int port) throws SQLException {
    return serverFor(dataDir, port).baseUrl();
  }

  private static LocalSynapse start(Path dir, int port) throws SQLException {
    // local-synapse finds its modules with ServiceLoader through the context class loader; in a tool that loads
    // the driver in its own class loader (DBeaver) that loader is the tool's, so point it at ours meanwhile.
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(LocalSynapse.class.getClassLoader());
    try {
      return startWithOurClassLoader(dir, port);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private static LocalSynapse startWithOurClassLoader(Path dir, int port) throws SQLException {
    boolean fresh;
    try {
      fresh = isEmptyOrMissing(dir);
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new SQLException("Cannot use " + dir + " as local-synapse data directory: " + e.getMessage(),
          SynapseSqlStates.CONNECTION_FAILED, e);
    }
    LOG.info("Starting the embedded local-synapse with data directory {}", dir);
    LocalSynapse server;
    try {
      server = LocalSynapse.builder().dataDir(dir).port(port).build().start();
    } catch (RuntimeException e) {
      throw new SQLException("The embedded local-synapse could not start: " + e.getMessage(),
          SynapseSqlStates.CONNECTION_FAILED, e);
    }
    if (fresh) {
      try {
        LOG.info("New local-synapse store: adding the demo data");
        server.seedDemo();
      } catch (Exception e) {
        server.stop();
        throw new SQLException("Seeding the demo data of the embedded local-synapse failed: " + e.getMessage(),
            SynapseSqlStates.CONNECTION_FAILED, e);
      }
    }
    return server;
  }

  private static boolean isEmptyOrMissing(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return true;
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  /** Stops every embedded server (JVM shutdown; tests). */
  public static synchronized void stopAll() {
    SERVERS.values().forEach(LocalSynapse::stop);
    SERVERS.clear();
  }
}
