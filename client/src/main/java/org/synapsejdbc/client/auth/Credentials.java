package org.synapsejdbc.client.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.synapsejdbc.client.error.SynapseConfigurationException;

/**
 * A personal access token (or none, for anonymous access) plus where it came from. The token is only handed to
 * the transport; {@link #toString()} and every other accessor keep it out of logs and messages.
 */
public final class Credentials {
  private static final Credentials ANONYMOUS = new Credentials(null, "anonymous");

  private final String token;
  private final String source;

  private Credentials(String token, String source) {
    this.token = token;
    this.source = source;
  }

  /** A bearer token; {@code source} describes its origin in words (never the token itself). */
  public static Credentials token(String token, String source) {
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException("empty access token from " + source);
    }
    String stripped = token.strip();
    checkCharacters(stripped, source);
    return new Credentials(stripped, source);
  }

  /**
   * Synapse access tokens are JWTs (letters, digits, {@code - _ . = + /}); a token with other characters (often a
   * typographic quote or a non-breaking space picked up by copy and paste) could not be sent as an HTTP header, so it
   * is refused before any request, and the message describes the problem without showing the token.
   */
  private static void checkCharacters(String token, String source) {
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        String what = c > 0x7e ? "a non-ASCII character" : c == ' ' ? "a space" : "a control character";
        throw new SynapseConfigurationException("The Synapse access token (" + source + ") is not valid: it"
            + " contains " + what + " (at position " + (i + 1) + "); a Synapse personal"
            + " access token consists of ASCII letters, digits and - _ . only. Copy the token again from"
            + " synapse.org (Account Settings > Personal Access Tokens)");
      }
    }
  }

  public static Credentials anonymous() {
    return ANONYMOUS;
  }

  public boolean isAnonymous() {
    return token == null;
  }

  /** Where the token came from, e.g. "SYNAPSE_AUTH_TOKEN" or "~/.synapseConfig [profile dev]". */
  public String source() {
    return source;
  }

  /** The raw token, for the Authorization header only. */
  public Optional<String> bearerToken() {
    return Optional.ofNullable(token);
  }

  /**
   * A stable, non-reversible key identifying the user behind these credentials, for per-user throttling.
   * Equal tokens give equal keys; the token cannot be recovered from it.
   */
  public String identityKey() {
    if (token == null) {
      return "anonymous";
    }
    // Synapse throttles per user: two tokens of one user share one budget when the token names its user.
    Optional<String> user = TokenScopes.subject(token);
    if (user.isPresent()) {
      return "user:" + user.get();
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return "token-sha256:" + HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return isAnonymous() ? "Credentials{anonymous}" : "Credentials{token=<redacted>, source=" + source + "}";
  }
}
