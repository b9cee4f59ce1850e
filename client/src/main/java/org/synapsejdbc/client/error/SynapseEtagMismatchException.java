package org.synapsejdbc.client.error;

/** 412: the object or row changed since it was read; re-read it, re-apply the change and retry. */
public class SynapseEtagMismatchException extends SynapseException {
  public SynapseEtagMismatchException(int status, String reason) {
    super(status, reason);
  }

}
