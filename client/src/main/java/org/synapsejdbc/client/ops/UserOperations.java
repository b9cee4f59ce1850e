package org.synapsejdbc.client.ops;

import org.synapsejdbc.client.http.Service;
import org.synapsejdbc.client.http.SynapseTransport;
import org.synapsejdbc.client.model.UserProfile;

/** The caller's identity: {@code GET /userProfile} (also the credential check at connect). */
public final class UserOperations {
  private final SynapseTransport transport;

  public UserOperations(SynapseTransport transport) {
    this.transport = transport;
  }

  public UserProfile profile() {
    return transport.get(Service.REPO, "/userProfile").as(UserProfile.class);
  }
}
