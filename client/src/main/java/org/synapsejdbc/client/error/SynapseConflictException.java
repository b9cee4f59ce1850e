package org.synapsejdbc.client.error;

/** 409: a name conflict (an entity with that name already exists in the parent), never an etag conflict. */
public class SynapseConflictException extends SynapseException {
  public SynapseConflictException(int status, String reason) {
    super(status, reason);
  }

}
