package org.synapsejdbc.client.auth;

import java.nio.file.Path;
import java.util.Map;

/** The process environment and home directory, injectable so credential lookup can be tested. */
public interface SynapseEnvironment {
  /** The value of an environment variable, or null. */
  String getenv(String name);

  /** The user's home directory (where {@code .synapseConfig} lives). */
  Path homeDirectory();

  /** The real process environment and {@code user.home}. */
  static SynapseEnvironment system() {
    return new SynapseEnvironment() {
      @Override
      public String getenv(String name) {
        return System.getenv(name);
      }

      @Override
      public Path homeDirectory() {
        return Path.of(System.getProperty("user.home"));
      }
    };
  }

  /** A fixed environment for tests and embedding. */
  static SynapseEnvironment of(Map<String, String> variables, Path home) {
    return new SynapseEnvironment() {
      @Override
      public String getenv(String name) {
        return variables.get(name);
      }

      @Override
      public Path homeDirectory() {
        return home;
      }
    };
  }
}
