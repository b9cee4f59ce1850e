package org.synapsejdbc.client.http;

import java.time.Duration;

/**
 * Hooks observing every Synapse REST call (for metrics or tracing). Paths never carry credentials; query
 * strings are left out.
 */
public interface SynapseRequestListener {
  SynapseRequestListener NONE = new SynapseRequestListener() {};

  default void onResponse(String method, String path, int status, Duration elapsed) {}

  default void onFailure(String method, String path, Exception failure, Duration elapsed) {}

  default void onRetry(String method, String path, int attempt, Duration delay, String cause) {}
}
