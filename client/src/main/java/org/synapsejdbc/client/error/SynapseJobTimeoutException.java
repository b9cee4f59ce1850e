package org.synapsejdbc.client.error;

/** An asynchronous job did not finish before the caller's deadline; carries the last progress message seen. */
public class SynapseJobTimeoutException extends SynapseException {
  private final String jobId;

  public SynapseJobTimeoutException(String jobId, String message) {
    super(0, message, message, null);
    this.jobId = jobId;
  }

  /** The job token, so the caller can keep polling later. */
  public String jobId() {
    return jobId;
  }
}
