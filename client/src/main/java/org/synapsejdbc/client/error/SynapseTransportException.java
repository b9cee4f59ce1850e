package org.synapsejdbc.client.error;

import java.io.IOException;

/**
 * The request failed without an HTTP response (connection refused or reset, timeout, truncated body).
 * {@link #mayHaveApplied()} tells whether the server may have executed it anyway.
 */
public class SynapseTransportException extends SynapseException {
  private final boolean mayHaveApplied;

  public SynapseTransportException(String message, IOException cause, boolean mayHaveApplied) {
    super(0, message, message + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")"), cause);
    this.mayHaveApplied = mayHaveApplied;
  }

  /** True when the request was sent and may have changed state on the server before the failure. */
  public boolean mayHaveApplied() {
    return mayHaveApplied;
  }

  @Override
  public boolean isTransient() {
    return true;
  }
}
