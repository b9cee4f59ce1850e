package org.synapsejdbc.calcite.error;

import java.util.Locale;
import org.synapsejdbc.client.error.SynapseCancelledException;
import org.synapsejdbc.client.error.SynapseChecksumException;
import org.synapsejdbc.client.error.SynapseConfigurationException;
import org.synapsejdbc.client.error.SynapseConflictException;
import org.synapsejdbc.client.error.SynapseEtagMismatchException;
import org.synapsejdbc.client.error.SynapseException;
import org.synapsejdbc.client.error.SynapseForbiddenException;
import org.synapsejdbc.client.error.SynapseJobTimeoutException;
import org.synapsejdbc.client.error.SynapseNotFoundException;
import org.synapsejdbc.client.error.SynapseThrottledException;
import org.synapsejdbc.client.error.SynapseTransportException;
import org.synapsejdbc.client.error.SynapseUnauthenticatedException;
import org.synapsejdbc.client.error.SynapseUnavailableException;

/**
 * The one mapping of Synapse client failures to SQLStates, shared by procedures, DML and the driver's query path;
 * only a plain 400 (a value or request Synapse refused) depends on the caller, which passes its own fallback.
 */
public final class SynapseSqlStates {
  /** 28000: the token was rejected or lacks a scope the operation needs. */
  public static final String AUTHORIZATION = "28000";
  /** 42501: the caller lacks a permission on the entity. */
  public static final String NO_PRIVILEGE = "42501";
  /** 42704: the entity (or other object) does not exist, or is in the trash can. */
  public static final String NOT_FOUND = "42704";
  /** 40002: a name clash (an entity with that name already exists in the parent). */
  public static final String NAME_CONFLICT = "40002";
  /** 40001: the object changed since it was read (stale etag). */
  public static final String STALE = "40001";
  /** 22000: a data problem (checksum mismatch, a value Synapse refused). */
  public static final String DATA = "22000";
  /** 08S01: Synapse could not be reached, or stayed unavailable or throttling after retries. */
  public static final String CONNECTION = "08S01";
  /** 08001: the client is configured in a way that cannot reach Synapse (e.g. plain http to a remote host). */
  public static final String CONNECTION_FAILED = "08001";
  /** HYT00: a wait (job, view) ran out of time. */
  public static final String TIMEOUT = "HYT00";
  /** 57014: the operation was cancelled. */
  public static final String CANCELLED = "57014";

  private SynapseSqlStates() {
  }

  /**
   * The SQLState of {@code e}; {@code badRequest} is used for a 400 (or other unmapped 4xx) because what Synapse
   * refused there (an argument, a written value, a query) is known only to the caller.
   */
  public static String of(SynapseException e, String badRequest) {
    int status = e.status();
    if (e instanceof SynapseUnauthenticatedException || status == 401) {
      return AUTHORIZATION;
    }
    if (e instanceof SynapseForbiddenException || status == 403) {
      // Missing OAuth scopes are a property of the token, not of the entity's ACL.
      return isScopeProblem(e) ? AUTHORIZATION : NO_PRIVILEGE;
    }
    if (e instanceof SynapseNotFoundException || status == 404) {
      return NOT_FOUND;
    }
    if (e instanceof SynapseConflictException || status == 409) {
      return NAME_CONFLICT;
    }
    if (e instanceof SynapseEtagMismatchException || status == 412) {
      return STALE;
    }
    if (e instanceof SynapseChecksumException) {
      return DATA;
    }
    if (e instanceof SynapseJobTimeoutException) {
      return TIMEOUT;
    }
    if (e instanceof SynapseCancelledException) {
      return CANCELLED;
    }
    if (e instanceof SynapseConfigurationException) {
      return CONNECTION_FAILED;
    }
    if (e instanceof SynapseThrottledException || e instanceof SynapseUnavailableException
        || e instanceof SynapseTransportException || status == 429 || status >= 500) {
      return CONNECTION;
    }
    return badRequest;
  }

  /** Whether a 403 says the token lacks an OAuth scope (rather than the user lacking a permission). */
  public static boolean isScopeProblem(SynapseException e) {
    String reason = e.reason() == null ? "" : e.reason().toLowerCase(Locale.ROOT);
    return reason.contains("lacks scope") || reason.contains("insufficient_scope") || reason.contains("scope(s)");
  }

  /** Synapse's reason, or the exception's message when Synapse gave none. */
  public static String reason(SynapseException e) {
    return e.reason() != null && !e.reason().isBlank() ? e.reason() : e.getMessage();
  }
}
