package org.synapsejdbc.client.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the scopes a personal access token carries from its JWT payload ({@code access.scope}), as the official
 * Python client does. Opaque (non-JWT) tokens have no readable scopes.
 */
public final class TokenScopes {
  private static final ObjectMapper PLAIN = new ObjectMapper();

  private TokenScopes() {}

  /**
   * The user id in the token's {@code sub} claim, or empty when it is not a JWT or has none. Unverified: use it only
   * where a forged value harms nobody but its bearer (e.g. to share a throttle budget).
   */
  public static Optional<String> subject(String token) {
    JsonNode sub = claims(token).path("sub");
    return sub.isTextual() && !sub.asText().isBlank() ? Optional.of(sub.asText()) : Optional.empty();
  }

  private static JsonNode claims(String token) {
    String[] parts = token.split("\\.");
    if (parts.length != 3) {
      return PLAIN.missingNode();
    }
    try {
      byte[] payload = Base64.getUrlDecoder().decode(parts[1].replace('+', '-').replace('/', '_').replace("=", ""));
      return PLAIN.readTree(new String(payload, StandardCharsets.UTF_8));
    } catch (Exception notAJwt) {
      return PLAIN.missingNode();
    }
  }

  /** The token's scopes, or empty when it is not a JWT or carries no {@code access.scope} claim. */
  public static Optional<Set<String>> of(String token) {
    try {
      JsonNode scope = claims(token).path("access").path("scope");
      Set<String> scopes = new LinkedHashSet<>();
      if (scope.isArray()) {
        scope.forEach(s -> scopes.add(s.asText()));
      } else if (scope.isTextual()) {
        for (String s : scope.asText().split("[\\s,]+")) {
          if (!s.isEmpty()) {
            scopes.add(s);
          }
        }
      } else {
        return Optional.empty();
      }
      return Optional.of(scopes);
    } catch (Exception notAJwt) {
      return Optional.empty();
    }
  }
}
