package org.synapsejdbc.client.error;

/** The caller cancelled the operation (an asynchronous job wait, a transfer, a page fetch). */
public class SynapseCancelledException extends SynapseException {
  public SynapseCancelledException(String message) {
    super(0, message, message, null);
  }
}
