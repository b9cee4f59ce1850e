package org.synapsejdbc.jdbc;

import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.SynapseEndpoints;
import org.synapsejdbc.client.auth.Credentials;

/**
 * The one Synapse REST client of a connection (one connection pool, one retry and throttle budget), shared by the
 * catalog, the procedures and anything else an installer sets up; built on first use by {@link ClientFactory} and
 * closed by the driver when the connection closes, after everything the installers returned.
 */
public final class ConnectionClient implements AutoCloseable {
  private final ConnectionSettings settings;
  private final SynapseEndpoints endpoints;
  private final Credentials credentials;
  private SynapseClient client;
  private boolean closed;

  ConnectionClient(ConnectionSettings settings, SynapseEndpoints endpoints, Credentials credentials) {
    this.settings = settings;
    this.endpoints = endpoints;
    this.credentials = credentials;
  }

  /** The client, built on the first call; {@link IllegalStateException} once the connection is closed. */
  public synchronized SynapseClient get() {
    if (closed) {
      throw new IllegalStateException("The connection is closed");
    }
    if (client == null) {
      client = ClientFactory.create(settings, endpoints, credentials);
    }
    return client;
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (client != null) {
      client.close();
      client = null;
    }
  }
}
