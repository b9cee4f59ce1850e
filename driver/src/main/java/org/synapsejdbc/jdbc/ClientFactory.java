package org.synapsejdbc.jdbc;

import java.time.Duration;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.SynapseEndpoints;
import org.synapsejdbc.client.auth.Credentials;
import org.synapsejdbc.client.http.RetryPolicy;

/** Builds the REST client of one connection from its endpoints, credentials, timeouts and retry settings. */
public final class ClientFactory {
  private ClientFactory() {
  }

  public static SynapseClient create(ConnectionSettings s, SynapseEndpoints endpoints, Credentials credentials) {
    int retries = s.getInt(SynapseProperty.MAX_RETRIES);
    RetryPolicy retry = new RetryPolicy(retries + 1, RetryPolicy.DEFAULT.initialDelay(),
        RetryPolicy.DEFAULT.maxDelay(), RetryPolicy.DEFAULT.maxElapsed());
    return SynapseClient.builder()
        .endpoints(endpoints)
        .credentials(credentials)
        .connectTimeout(Duration.ofSeconds(s.getInt(SynapseProperty.CONNECT_TIMEOUT)))
        .readTimeout(Duration.ofSeconds(s.getInt(SynapseProperty.READ_TIMEOUT)))
        .retryPolicy(retry)
        .userAgent("synapse-jdbc")
        .build();
  }
}
