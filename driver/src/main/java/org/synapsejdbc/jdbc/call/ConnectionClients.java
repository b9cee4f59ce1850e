package org.synapsejdbc.jdbc.call;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.http.RetryPolicy;
import org.synapsejdbc.jdbc.ConnectionSettings;
import org.synapsejdbc.jdbc.SchemaInstallContext;
import org.synapsejdbc.jdbc.SynapseProperty;

/**
 * The Synapse REST client of each open connection, built on first use from the connection's endpoints,
 * credentials and timeouts, and closed with the connection. Keyed by Calcite's connection object, which is also
 * what a statement's {@code DataContext.getQueryProvider()} returns.
 */
public final class ConnectionClients {
  private static final Map<Object, Holder> CLIENTS = new ConcurrentHashMap<>();

  private ConnectionClients() {
  }

  /** Remembers how to build the client of {@code connection}; the returned handle forgets and closes it. */
  public static AutoCloseable register(Object connection, Supplier<SynapseClient> factory) {
    Holder holder = new Holder(factory);
    CLIENTS.put(connection, holder);
    return () -> {
      CLIENTS.remove(connection, holder);
      holder.close();
    };
  }

  /** The client of {@code connection}; 08003 when the connection is unknown or closed. */
  public static SynapseClient of(Object connection) throws SQLException {
    Holder holder = CLIENTS.get(connection);
    if (holder == null) {
      throw new SQLException("The connection is closed or was not opened by SynapseDriver", "08003");
    }
    return holder.client();
  }

  /**
   * A client configured like the catalog's ({@code install.ClientFactory}, package-private there): the
   * connection's endpoints, credentials, timeouts and {@code maxRetries}.
   */
  static SynapseClient build(SchemaInstallContext context) {
    ConnectionSettings s = context.settings();
    RetryPolicy retry = new RetryPolicy(s.getInt(SynapseProperty.MAX_RETRIES) + 1,
        RetryPolicy.DEFAULT.initialDelay(), RetryPolicy.DEFAULT.maxDelay(), RetryPolicy.DEFAULT.maxElapsed());
    return SynapseClient.builder().endpoints(context.endpoints()).credentials(context.credentials())
        .connectTimeout(Duration.ofSeconds(s.getInt(SynapseProperty.CONNECT_TIMEOUT)))
        .readTimeout(Duration.ofSeconds(s.getInt(SynapseProperty.READ_TIMEOUT)))
        .retryPolicy(retry).userAgent("synapse-jdbc").build();
  }

  /** Lazily built client: connections that never call a procedure never open one. */
  private static final class Holder {
    private final Supplier<SynapseClient> factory;
    private SynapseClient client;
    private boolean closed;

    Holder(Supplier<SynapseClient> factory) {
      this.factory = factory;
    }

    synchronized SynapseClient client() throws SQLException {
      if (closed) {
        throw new SQLException("The connection is closed", "08003");
      }
      if (client == null) {
        client = factory.get();
      }
      return client;
    }

    synchronized void close() {
      closed = true;
      if (client != null) {
        client.close();
        client = null;
      }
    }
  }
}
