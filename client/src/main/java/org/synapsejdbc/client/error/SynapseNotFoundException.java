package org.synapsejdbc.client.error;

/** 404: the object does not exist (or is in the trash can), or the route is unknown. */
public class SynapseNotFoundException extends SynapseException {
  public SynapseNotFoundException(int status, String reason) {
    super(status, reason);
  }

}
