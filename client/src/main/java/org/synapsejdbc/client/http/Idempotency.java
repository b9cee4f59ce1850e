package org.synapsejdbc.client.http;

/** Whether a request may be sent again after a failure that left its outcome unknown. */
public enum Idempotency {
  /** Applying it twice is harmless (GET, PUT, DELETE and POSTs Synapse defines as idempotent or read-only). */
  IDEMPOTENT,
  /**
   * Applying it twice is not harmless (POST /entity, /activity, table transactions, snapshots): retried only
   * when the failure proves it was not applied (429, connection refused) or a verifier shows it was not.
   */
  NOT_IDEMPOTENT
}
