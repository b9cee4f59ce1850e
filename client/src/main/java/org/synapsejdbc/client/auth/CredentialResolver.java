package org.synapsejdbc.client.auth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synapsejdbc.client.error.SynapseConfigurationException;

/**
 * Finds the access token the way the official Python client does: an explicit token, else an explicitly named
 * {@code ~/.synapseConfig} profile, else {@code SYNAPSE_AUTH_TOKEN}, else the config file ({@code [profile NAME]}
 * chosen by {@code SYNAPSE_PROFILE}, otherwise {@code [default]} then {@code [authentication]}), else anonymous.
 */
public final class CredentialResolver {
  public static final String ENV_TOKEN = "SYNAPSE_AUTH_TOKEN";
  public static final String ENV_PROFILE = "SYNAPSE_PROFILE";
  public static final String CONFIG_FILE_NAME = ".synapseConfig";
  private static final Logger LOG = LoggerFactory.getLogger(CredentialResolver.class);

  private final SynapseEnvironment environment;
  private Path configFile;
  private String explicitToken;
  private String explicitProfile;

  public CredentialResolver(SynapseEnvironment environment) {
    this.environment = environment;
  }

  /** Resolver over the real environment and home directory. */
  public static CredentialResolver system() {
    return new CredentialResolver(SynapseEnvironment.system());
  }

  /** A token given by the caller (URL property, code); wins over every other source. */
  public CredentialResolver explicitToken(String token) {
    this.explicitToken = token;
    return this;
  }

  /** A profile name chosen by the caller; wins over {@code SYNAPSE_AUTH_TOKEN} and {@code SYNAPSE_PROFILE}. */
  public CredentialResolver profile(String profile) {
    this.explicitProfile = profile;
    return this;
  }

  /** Another config file than {@code ~/.synapseConfig}. */
  public CredentialResolver configFile(Path file) {
    this.configFile = file;
    return this;
  }

  public Credentials resolve() {
    if (explicitToken != null && !explicitToken.isBlank()) {
      return Credentials.token(explicitToken, "explicit token");
    }
    if (explicitProfile != null && !explicitProfile.isBlank()) {
      Credentials fromProfile = fromConfig(explicitProfile.strip(), true);
      if (fromProfile != null) {
        return fromProfile;
      }
    }
    String env = environment.getenv(ENV_TOKEN);
    if (env != null && !env.isBlank()) {
      return Credentials.token(env, ENV_TOKEN);
    }
    String envProfile = environment.getenv(ENV_PROFILE);
    boolean profileChosen = envProfile != null && !envProfile.isBlank();
    Credentials fromConfig = fromConfig(profileChosen ? envProfile.strip() : null, profileChosen);
    return fromConfig != null ? fromConfig : Credentials.anonymous();
  }

  private Credentials fromConfig(String profile, boolean mustExist) {
    Path file = configFile != null ? configFile : environment.homeDirectory().resolve(CONFIG_FILE_NAME);
    if (!Files.isRegularFile(file)) {
      if (mustExist) {
        throw new SynapseConfigurationException("Synapse profile '" + profile + "' was requested but " + file
            + " does not exist");
      }
      return null;
    }
    SynapseConfigFile config;
    try {
      config = SynapseConfigFile.read(file);
    } catch (IOException e) {
      throw new SynapseConfigurationException("Cannot read " + file + ": " + e.getMessage(), e);
    }
    String section = sectionFor(config, profile, file, mustExist);
    if (section == null) {
      return null;
    }
    String token = config.get(section, "authtoken");
    if (token == null) {
      if (mustExist) {
        throw new SynapseConfigurationException("Synapse profile '" + profile + "' in " + file
            + " has no 'authtoken' entry");
      }
      return null;
    }
    warnIfReadableByOthers(file);
    return Credentials.token(token, file + " [" + section + "]");
  }

  private static String sectionFor(SynapseConfigFile config, String profile, Path file, boolean mustExist) {
    if (profile == null || profile.equals("default")) {
      if (config.hasSection("default") && config.get("default", "authtoken") != null) {
        return "default";
      }
      if (config.hasSection("authentication")) {
        return "authentication";
      }
      return profile == null ? null : missing(profile, file);
    }
    String name = "profile " + profile;
    if (config.hasSection(name)) {
      return name;
    }
    return mustExist ? missing(profile, file) : null;
  }

  private static String missing(String profile, Path file) {
    throw new SynapseConfigurationException("Synapse profile '" + profile + "' not found in " + file
        + " (expected a section [profile " + profile + "])");
  }

  /** A token file that others can read leaks the token; warn like ssh does, without refusing it. */
  static void warnIfReadableByOthers(Path file) {
    PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    try {
      Set<PosixFilePermission> perms = view.readAttributes().permissions();
      if (perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.OTHERS_READ)) {
        LOG.warn("{} is readable by other users and contains a Synapse access token; restrict it with 'chmod 600 {}'",
            file, file);
      }
    } catch (IOException e) {
      LOG.debug("Cannot read the permissions of {}: {}", file, e.getMessage());
    }
  }
}
