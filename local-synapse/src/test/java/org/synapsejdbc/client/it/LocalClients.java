package org.synapsejdbc.client.it;

import java.time.Duration;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.SynapseEndpoints;
import org.synapsejdbc.client.async.PollSchedule;
import org.synapsejdbc.client.http.RetryPolicy;
import org.synapsejdbc.local.LocalSynapse;

/** Builds clients pointed at a running local-synapse. */
final class LocalClients {
  private LocalClients() {}

  static SynapseClient.Builder builder(LocalSynapse synapse, String token) {
    return SynapseClient.builder()
        .endpoints(SynapseEndpoints.of(synapse.repoUrl(), synapse.fileUrl(), synapse.authUrl()))
        .token(token)
        .retryPolicy(new RetryPolicy(4, Duration.ofMillis(20), Duration.ofMillis(200), Duration.ofSeconds(10)))
        .pollSchedule(new PollSchedule(Duration.ofMillis(5), Duration.ofMillis(200), 0.2));
  }

  static SynapseClient client(LocalSynapse synapse, String token) {
    return builder(synapse, token).build();
  }
}
