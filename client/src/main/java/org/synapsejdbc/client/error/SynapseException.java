package org.synapsejdbc.client.error;

/**
 * Base of every failure the Synapse client reports: carries the HTTP status (0 when no response was received)
 * and Synapse's {@code reason} text.
 */
public class SynapseException extends RuntimeException {
  private final int status;
  private final String reason;

  public SynapseException(int status, String reason, String message, Throwable cause) {
    super(message, cause);
    this.status = status;
    this.reason = reason;
  }

  public SynapseException(int status, String reason) {
    this(status, reason, status > 0 ? status + ": " + reason : reason, null);
  }

  /** HTTP status of the failed response, or 0 when the failure happened before a response arrived. */
  public int status() {
    return status;
  }

  /** Synapse's {@code reason} text (or the raw body when it had none). */
  public String reason() {
    return reason;
  }

  /** Whether repeating the same request later may succeed. */
  public boolean isTransient() {
    return false;
  }
}
