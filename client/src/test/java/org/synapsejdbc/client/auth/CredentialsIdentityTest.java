package org.synapsejdbc.client.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The throttle identity of credentials: per user when the token names its user, else per token; never the token. */
class CredentialsIdentityTest {

  private static String jwt(String payloadJson) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    return b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
        + b64.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
  }

  @Test
  void twoTokensOfOneUserShareAnIdentity() {
    String a = jwt("{\"sub\":\"3400001\",\"access\":{\"scope\":[\"view\"]},\"jti\":\"1\"}");
    String b = jwt("{\"sub\":\"3400001\",\"access\":{\"scope\":[\"view\",\"modify\"]},\"jti\":\"2\"}");
    String other = jwt("{\"sub\":\"3400002\",\"access\":{\"scope\":[\"view\"]}}");
    assertEquals(Credentials.token(a, "test").identityKey(), Credentials.token(b, "test").identityKey());
    assertNotEquals(Credentials.token(a, "test").identityKey(), Credentials.token(other, "test").identityKey());
    assertEquals("3400001", TokenScopes.subject(a).orElseThrow());
  }

  @Test
  void opaqueTokensAreKeyedByAHashThatDoesNotRevealThem() {
    String key = Credentials.token("opaque-canary-token-123", "test").identityKey();
    assertTrue(key.startsWith("token-sha256:"), key);
    assertFalse(key.contains("canary"), key);
    assertFalse(TokenScopes.subject("opaque-canary-token-123").isPresent());
    assertEquals("anonymous", Credentials.anonymous().identityKey());
  }
}
