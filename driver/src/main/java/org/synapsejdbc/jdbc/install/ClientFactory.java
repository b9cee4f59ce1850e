package org.synapsejdbc.jdbc.install;

import java.time.Duration;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.http.RetryPolicy;
import org.synapsejdbc.jdbc.ConnectionSettings;
import org.synapsejdbc.jdbc.SchemaInstallContext;
import org.synapsejdbc.jdbc.SynapseProperty;

/** Builds the REST client of one connection from its endpoints, credentials, timeouts and retry settings. */
final class ClientFactory {
  private ClientFactory() {
  }

  static SynapseClient create(SchemaInstallContext context) {
    ConnectionSettings s = context.settings();
    int retries = s.getInt(SynapseProperty.MAX_RETRIES);
    RetryPolicy retry = new RetryPolicy(retries + 1, RetryPolicy.DEFAULT.initialDelay(),
        RetryPolicy.DEFAULT.maxDelay(), RetryPolicy.DEFAULT.maxElapsed());
    return SynapseClient.builder()
        .endpoints(context.endpoints())
        .credentials(context.credentials())
        .connectTimeout(Duration.ofSeconds(s.getInt(SynapseProperty.CONNECT_TIMEOUT)))
        .readTimeout(Duration.ofSeconds(s.getInt(SynapseProperty.READ_TIMEOUT)))
        .retryPolicy(retry)
        .userAgent("synapse-jdbc")
        .build();
  }
}
