package org.synapsejdbc.examples;

import java.nio.file.Files;
import java.nio.file.Path;

/** Says (never shows) where the driver will take the access token from, as the Python client would. */
final class TokenSource {
  private TokenSource() {
  }

  static String describe(String url) {
    if (url.startsWith("jdbc:synapse:local")) {
      return "the embedded local-synapse's built-in user1 (no token needed)";
    }
    if (url.matches(".*[?&]profile=.*")) {
      return "from the profile named in the URL, in ~/.synapseConfig";
    }
    String env = System.getenv("SYNAPSE_AUTH_TOKEN");
    if (env != null && !env.isBlank()) {
      return "from the environment variable SYNAPSE_AUTH_TOKEN";
    }
    if (Files.exists(Path.of(System.getProperty("user.home"), ".synapseConfig"))) {
      return "from ~/.synapseConfig";
    }
    return "none found (SYNAPSE_AUTH_TOKEN, ~/.synapseConfig): anonymous, public data only";
  }
}
