package org.synapsejdbc.client.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.synapsejdbc.client.error.SynapseConfigurationException;

/** Tokens that could not be sent as an HTTP header are refused when the credentials are made, without showing them. */
class CredentialsCharactersTest {

  @ParameterizedTest
  @ValueSource(strings = {"\u00e4\u00f6\u00fc-CANARY-7f3a9c", "abc\u2019CANARY-7f3a9c", "CANARY-7f3a9c\u00a0x",
      "CANARY 7f3a9c", "CANARY\t7f3a9c", "CANARY-7f3a9c\u0000", "\u7f3aCANARY"})
  void refusesTokensWithCharactersOutsideVisibleAscii(String token) {
    SynapseConfigurationException e = assertThrows(SynapseConfigurationException.class,
        () -> Credentials.token(token, "authToken property"));
    String message = e.getMessage();
    assertTrue(message.contains("authToken property") && message.contains("is not valid"), message);
    assertFalse(message.contains("CANARY"), "the message shows the token: " + message);
    assertFalse(message.contains("7f3a9c"), "the message shows part of the token: " + message);
    for (char c : token.toCharArray()) {
      if (c > 0x7e) {
        assertFalse(message.indexOf(c) >= 0, "the message shows a character of the token: " + message);
      }
    }
  }

  @Test
  void keepsValidTokensAndStripsSurroundingWhitespace() {
    String jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln-_+/=";
    assertEquals(jwt, Credentials.token("  " + jwt + "\n", "test").bearerToken().orElseThrow());
  }

  @Test
  void theResolverRefusesABadExplicitToken() {
    CredentialResolver resolver = new CredentialResolver(SynapseEnvironment.system()).explicitToken("t\u00f6ken");
    assertThrows(SynapseConfigurationException.class, resolver::resolve);
  }
}
