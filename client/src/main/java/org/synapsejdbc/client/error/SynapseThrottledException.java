package org.synapsejdbc.client.error;

/** 429: Synapse's per-user throttle rejected the request before it was processed. */
public class SynapseThrottledException extends SynapseException {
  public SynapseThrottledException(int status, String reason) {
    super(status, reason);
  }

  @Override
  public boolean isTransient() {
    return true;
  }
}
