package org.synapsejdbc.client.error;

/** 400 and other 4xx client errors: invalid request, SQL error, failed asynchronous job. */
public class SynapseBadRequestException extends SynapseException {
  public SynapseBadRequestException(int status, String reason) {
    super(status, reason);
  }

}
