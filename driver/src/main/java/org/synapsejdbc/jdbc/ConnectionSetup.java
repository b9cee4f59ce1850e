package org.synapsejdbc.jdbc;

import org.synapsejdbc.client.SynapseEndpoints;
import org.synapsejdbc.client.auth.Credentials;
import org.synapsejdbc.jdbc.meta.ProcedureRegistry;

/**
 * Everything {@link SynapseDriver#connect} worked out for one connection, handed to the handler that finishes
 * opening it (Avatica calls the handler from inside {@code connect}, on the same thread).
 */
record ConnectionSetup(ConnectionSettings settings, SynapseEndpoints endpoints, Credentials credentials,
    ProcedureRegistry procedures) {
  private static final ThreadLocal<ConnectionSetup> PENDING = new ThreadLocal<>();

  /** Makes this setup visible to the handler while {@code action} opens the connection. */
  <T, E extends Exception> T during(ThrowingSupplier<T, E> action) throws E {
    PENDING.set(this);
    try {
      return action.get();
    } finally {
      PENDING.remove();
    }
  }

  /** The setup of the connection being opened on this thread, or null outside {@link #during}. */
  static ConnectionSetup pending() {
    return PENDING.get();
  }

  /** A supplier that may throw. */
  interface ThrowingSupplier<T, E extends Exception> {
    T get() throws E;
  }
}
