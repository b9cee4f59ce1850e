package org.synapsejdbc.client.error;

/** 5xx: Synapse is down, read-only, or failed transiently (500, 502, 503, 504). */
public class SynapseUnavailableException extends SynapseException {
  public SynapseUnavailableException(int status, String reason) {
    super(status, reason);
  }

  @Override
  public boolean isTransient() {
    return true;
  }
}
