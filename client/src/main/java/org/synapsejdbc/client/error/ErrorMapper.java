package org.synapsejdbc.client.error;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Turns a Synapse error response (status + body) into the matching {@link SynapseException} subclass. */
public final class ErrorMapper {
  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final int MAX_RAW_BODY = 500;

  private ErrorMapper() {}

  /** Maps a non-2xx response; the body may be an ErrorResponse, an OAuth error, a bare {"reason"} or not JSON. */
  public static SynapseException map(int status, String body) {
    String reason = reasonOf(body);
    return switch (status) {
      case 400 -> new SynapseBadRequestException(status, reason);
      case 401 -> new SynapseUnauthenticatedException(status, reason);
      case 403 -> new SynapseForbiddenException(status, reason);
      case 404 -> new SynapseNotFoundException(status, reason);
      case 409 -> new SynapseConflictException(status, reason);
      case 412 -> new SynapseEtagMismatchException(status, reason);
      case 429 -> new SynapseThrottledException(status, reason);
      case 500, 502, 503, 504 -> new SynapseUnavailableException(status, reason);
      default -> status >= 500 ? new SynapseUnavailableException(status, reason)
          : new SynapseBadRequestException(status, reason);
    };
  }

  /** Synapse's {@code reason}; falls back to {@code error_description} and then to the (shortened) raw body. */
  static String reasonOf(String body) {
    if (body == null || body.isBlank()) {
      return "(no response body)";
    }
    try {
      JsonNode node = PLAIN.readTree(body);
      if (node != null && node.isObject()) {
        if (node.hasNonNull("reason")) {
          return node.get("reason").asText();
        }
        if (node.hasNonNull("error_description")) {
          return node.get("error_description").asText();
        }
      }
    } catch (Exception notJson) {
      // fall through: use the raw text
    }
    String trimmed = body.strip();
    return trimmed.length() > MAX_RAW_BODY ? trimmed.substring(0, MAX_RAW_BODY) + "..." : trimmed;
  }
}
