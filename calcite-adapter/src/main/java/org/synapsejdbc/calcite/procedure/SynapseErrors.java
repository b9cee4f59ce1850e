package org.synapsejdbc.calcite.procedure;

import org.synapsejdbc.client.error.SynapseChecksumException;
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

/** Turns a Synapse failure into a {@link ProcedureException} whose message keeps Synapse's reason. */
public final class SynapseErrors {
  private SynapseErrors() {
  }

  /** @param action what was being done, e.g. "create folder 'Data' in syn123" */
  public static ProcedureException translate(SynapseException e, String action) {
    String reason = e.reason() != null && !e.reason().isBlank() ? e.reason() : e.getMessage();
    String message = "Could not " + action + ": " + reason + (e.status() > 0 ? " (HTTP " + e.status() + ")" : "");
    return new ProcedureException(sqlState(e), message, e);
  }

  static String sqlState(SynapseException e) {
    if (e instanceof SynapseUnauthenticatedException) {
      return SqlStates.AUTHORIZATION;
    }
    if (e instanceof SynapseForbiddenException) {
      String reason = e.reason() == null ? "" : e.reason();
      // Missing OAuth scopes are a property of the token, not of the entity's ACL.
      return reason.contains("lacks scope") || reason.contains("insufficient_scope") ? SqlStates.AUTHORIZATION
          : SqlStates.NO_PRIVILEGE;
    }
    if (e instanceof SynapseNotFoundException) {
      return SqlStates.NOT_FOUND;
    }
    if (e instanceof SynapseConflictException) {
      return SqlStates.NAME_CONFLICT;
    }
    if (e instanceof SynapseEtagMismatchException) {
      return SqlStates.STALE;
    }
    if (e instanceof SynapseChecksumException) {
      return SqlStates.DATA;
    }
    if (e instanceof SynapseJobTimeoutException) {
      return SqlStates.TIMEOUT;
    }
    if (e instanceof SynapseThrottledException || e instanceof SynapseUnavailableException
        || e instanceof SynapseTransportException) {
      return SqlStates.CONNECTION;
    }
    return switch (e.status()) {
      case 401 -> SqlStates.AUTHORIZATION;
      case 403 -> SqlStates.NO_PRIVILEGE;
      case 404 -> SqlStates.NOT_FOUND;
      case 409 -> SqlStates.NAME_CONFLICT;
      case 412 -> SqlStates.STALE;
      default -> SqlStates.INVALID_PARAMETER;
    };
  }
}
