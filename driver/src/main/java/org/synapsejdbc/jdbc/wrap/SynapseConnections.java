package org.synapsejdbc.jdbc.wrap;

import java.sql.Connection;
import org.apache.calcite.jdbc.CalciteConnection;
import org.synapsejdbc.jdbc.ConnectionSettings;
import org.synapsejdbc.jdbc.SynapseProperty;

/**
 * Wraps Calcite's connection into the one users get. Calcite's connection class is package-private, so the
 * JDBC features it refuses ({@code prepareCall}, {@code nativeSQL}, generated keys) are added by a proxy that
 * still implements {@link CalciteConnection}.
 */
public final class SynapseConnections {
  private SynapseConnections() {
  }

  /** The user-facing connection over {@code calcite}. */
  public static Connection wrap(Connection calcite, ConnectionSettings settings) {
    int timeout = settings.getInt(SynapseProperty.QUERY_TIMEOUT);
    return new ConnectionHandler(calcite, timeout).proxy(CalciteConnection.class);
  }
}
