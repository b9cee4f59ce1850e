package org.synapsejdbc.client.error;

/** 401: missing, invalid, expired or revoked credentials. */
public class SynapseUnauthenticatedException extends SynapseException {
  public SynapseUnauthenticatedException(int status, String reason) {
    super(status, reason);
  }

}
