package org.synapsejdbc.jdbc.call;

import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.synapsejdbc.calcite.error.SynapseSqlStates;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.jdbc.ConnectionClient;

/**
 * Finds the Synapse REST client of an open connection for {@code CALL}: the connection's shared
 * {@link ConnectionClient} (the same client the catalog uses), keyed by Calcite's connection object, which is also
 * what a statement's {@code DataContext.getQueryProvider()} returns.
 */
public final class ConnectionClients {
  private static final Map<Object, ConnectionClient> CLIENTS = new ConcurrentHashMap<>();

  private ConnectionClients() {
  }

  /**
   * Makes {@code client} the client of {@code connection}; the returned handle forgets it (the driver closes the
   * client itself with the connection).
   */
  public static AutoCloseable register(Object connection, ConnectionClient client) {
    CLIENTS.put(connection, client);
    return () -> CLIENTS.remove(connection, client);
  }

  /** The client of {@code connection}; 08003 when the connection is unknown or closed. */
  public static SynapseClient of(Object connection) throws SQLException {
    ConnectionClient client = CLIENTS.get(connection);
    if (client == null) {
      throw new SQLException("The connection is closed or was not opened by SynapseDriver",
          SynapseSqlStates.CONNECTION_CLOSED);
    }
    try {
      return client.get();
    } catch (IllegalStateException closed) {
      throw new SQLException("The connection is closed", SynapseSqlStates.CONNECTION_CLOSED, closed);
    }
  }
}
