package org.synapsejdbc.client.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synapsejdbc.client.error.SynapseConfigurationException;

/** The credential chain: explicit token, profiles, SYNAPSE_AUTH_TOKEN, ~/.synapseConfig, anonymous. */
class CredentialResolverTest {
  @TempDir
  Path home;
  private final Map<String, String> env = new HashMap<>();

  private CredentialResolver resolver() {
    return new CredentialResolver(SynapseEnvironment.of(env, home));
  }

  private void config(String text) throws Exception {
    Path f = home.resolve(".synapseConfig");
    Files.writeString(f, text);
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
  }

  private static String token(Credentials c) {
    return c.bearerToken().orElse(null);
  }

  @Test
  void explicitTokenWinsOverEverything() throws Exception {
    env.put("SYNAPSE_AUTH_TOKEN", "from-env");
    config("[authentication]\nauthtoken = from-file\n");
    Credentials c = resolver().explicitToken("explicit").resolve();
    assertEquals("explicit", token(c));
    assertEquals("explicit token", c.source());
  }

  @Test
  void environmentWinsOverTheConfigFile() throws Exception {
    env.put("SYNAPSE_AUTH_TOKEN", "from-env");
    config("[authentication]\nauthtoken = from-file\n");
    assertEquals("from-env", token(resolver().resolve()));
  }

  @Test
  void authenticationSectionIsReadLikePythonsConfigparser() throws Exception {
    config("# comment\n[endpoints]\nrepoEndpoint=https://x\n\n[authentication]\n  AuthToken:  from-file  \n"
        + "username = alice\n");
    Credentials c = resolver().resolve();
    assertEquals("from-file", token(c));
    assertTrue(c.source().endsWith("[authentication]"));
  }

  @Test
  void profileChosenBySynapseProfile() throws Exception {
    env.put("SYNAPSE_PROFILE", "dev");
    config("[default]\nauthtoken = default-token\n[profile dev]\nauthtoken = dev-token\n");
    assertEquals("dev-token", token(resolver().resolve()));
    env.remove("SYNAPSE_PROFILE");
    assertEquals("default-token", token(resolver().resolve()));
  }

  @Test
  void explicitProfileWinsOverTheEnvironmentToken() throws Exception {
    env.put("SYNAPSE_AUTH_TOKEN", "from-env");
    config("[profile ci]\nauthtoken = ci-token\n");
    assertEquals("ci-token", token(resolver().profile("ci").resolve()));
  }

  @Test
  void aMissingNamedProfileIsAClearError() throws Exception {
    config("[authentication]\nauthtoken = t\n");
    SynapseConfigurationException e = assertThrows(SynapseConfigurationException.class,
        () -> resolver().profile("nope").resolve());
    assertTrue(e.getMessage().contains("[profile nope]"), e.getMessage());
  }

  @Test
  void anonymousWhenNothingIsConfigured() {
    Credentials c = resolver().resolve();
    assertTrue(c.isAnonymous());
    assertEquals("anonymous", c.identityKey());
  }

  @Test
  void aConfigFileReadableByOthersIsWarnedAboutWithoutTheToken() throws Exception {
    Path f = home.resolve(".synapseConfig");
    Files.writeString(f, "[authentication]\nauthtoken = secret-in-world-readable-file\n");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      assertEquals("secret-in-world-readable-file", token(resolver().resolve()));
    } finally {
      System.setErr(original);
    }
    String log = captured.toString(StandardCharsets.UTF_8);
    assertTrue(log.contains("readable by other users"), log);
    assertFalse(log.contains("secret-in-world-readable-file"));
  }

  @Test
  void toStringAndIdentityKeyNeverShowTheToken() {
    Credentials c = Credentials.token("super-secret-token", "test");
    assertFalse(c.toString().contains("super-secret-token"));
    assertFalse(c.identityKey().contains("super-secret-token"));
    assertEquals(c.identityKey(), Credentials.token("super-secret-token", "other").identityKey());
  }

  @Test
  void jwtScopesAreReadFromTheAccessClaim() {
    String payload = "{\"access\":{\"scope\":[\"view\",\"download\"],\"oidc_claims\":{}}}";
    String jwt = "eyJhbGciOiJSUzI1NiJ9." + Base64.getUrlEncoder().withoutPadding()
        .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".sig";
    assertEquals(java.util.Set.of("view", "download"), TokenScopes.of(jwt).orElseThrow());
    assertTrue(TokenScopes.of("opaque-token").isEmpty());
  }
}
