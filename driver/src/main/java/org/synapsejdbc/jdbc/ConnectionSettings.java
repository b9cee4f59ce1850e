package org.synapsejdbc.jdbc;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import org.synapsejdbc.calcite.error.SynapseSqlStates;

/**
 * The validated connection properties of one connection: URL properties and {@link Properties} merged, each
 * property given at most once, every value checked and normalized. Secrets stay out of {@link #toString()}.
 */
public final class ConnectionSettings {
  private final SynapseUrl url;
  private final Map<SynapseProperty, String> given;

  private ConnectionSettings(SynapseUrl url, Map<SynapseProperty, String> given) {
    this.url = url;
    this.given = Collections.unmodifiableMap(given);
  }

  /** Validates and merges the URL's properties with {@code info}; errors carry SQLState 08001. */
  public static ConnectionSettings resolve(SynapseUrl url, Properties info) throws SQLException {
    Map<SynapseProperty, String> given = new EnumMap<>(SynapseProperty.class);
    for (Map.Entry<String, String> e : url.properties().entrySet()) {
      SynapseProperty p = known(e.getKey());
      given.put(p, normalize(p, e.getValue()));
    }
    if (info != null) {
      for (String key : info.stringPropertyNames()) {
        SynapseProperty p = known(key);
        String value = info.getProperty(key);
        if (value.isEmpty() && p.emptyMeansUnset()) {
          continue;
        }
        if (url.properties().containsKey(key)) {
          throw error("Connection property '" + key + "' is given both in the URL and in the connection "
              + "properties; give it once");
        }
        if (value.isEmpty()) {
          throw error("Connection property '" + key + "' has an empty value");
        }
        given.put(p, normalize(p, value));
      }
    }
    checkCombinations(url, given);
    return new ConnectionSettings(url, given);
  }

  private static SynapseProperty known(String key) throws SQLException {
    Optional<SynapseProperty> p = SynapseProperty.forKey(key);
    if (p.isPresent()) {
      return p.get();
    }
    String hint = SynapseProperty.forKeyIgnoreCase(key).map(s -> " (did you mean '" + s.key() + "'?)")
        .orElse("; known properties: " + java.util.Arrays.stream(SynapseProperty.values()).map(SynapseProperty::key)
            .collect(Collectors.joining(", ")));
    throw error("Unrecognized connection property '" + key + "'" + hint);
  }

  private static String normalize(SynapseProperty p, String value) throws SQLException {
    StringBuilder problem = new StringBuilder();
    String normalized = p.normalize(value, problem);
    if (normalized == null) {
      String shown = p.secret() ? "" : " '" + value + "'";
      throw error("Invalid value" + shown + " for connection property '" + p.key() + "': " + problem);
    }
    return normalized;
  }

  private static void checkCombinations(SynapseUrl url, Map<SynapseProperty, String> given) throws SQLException {
    if (given.containsKey(SynapseProperty.AUTH_TOKEN) && given.containsKey(SynapseProperty.PASSWORD)) {
      throw error("Give the access token either as 'authToken' or as 'password', not both");
    }
    boolean local = url.kind() == SynapseUrl.Kind.LOCAL;
    for (SynapseProperty p : new SynapseProperty[] {SynapseProperty.LOCAL_DIR, SynapseProperty.LOCAL_PORT}) {
      if (!local && given.containsKey(p)) {
        throw error("Connection property '" + p.key() + "' only applies to jdbc:synapse:local URLs");
      }
    }
    if (local && given.containsKey(SynapseProperty.SSL)) {
      throw error("Connection property 'ssl' does not apply to jdbc:synapse:local, which always uses http on the "
          + "loopback interface");
    }
    if (url.localDir().isPresent() && given.containsKey(SynapseProperty.LOCAL_DIR)) {
      throw error("The data directory is given both in the URL (jdbc:synapse:local:DIR) and as property "
          + "'localDir'; give it once");
    }
  }

  public SynapseUrl url() {
    return url;
  }

  /** The value given for {@code p}, if any (no default applied). */
  public Optional<String> given(SynapseProperty p) {
    return Optional.ofNullable(given.get(p));
  }

  /** The given value, else the default; null when neither exists. */
  public String get(SynapseProperty p) {
    return given.getOrDefault(p, p.defaultValue());
  }

  /** The value of a numeric property (given or default). */
  public int getInt(SynapseProperty p) {
    return Integer.parseInt(get(p));
  }

  /** The access token given as {@code authToken} or {@code password}; package-private so it cannot leak far. */
  Optional<String> explicitToken() {
    return given(SynapseProperty.AUTH_TOKEN).or(() -> given(SynapseProperty.PASSWORD));
  }

  /** The data directory of {@code jdbc:synapse:local}: from the URL, the property, or the default. */
  public Path localDataDir() {
    String dir = url.localDir().or(() -> given(SynapseProperty.LOCAL_DIR)).orElse(null);
    if (dir == null) {
      return Path.of(System.getProperty("user.home"), ".synapse-jdbc", "local");
    }
    if (dir.equals("~") || dir.startsWith("~/")) {
      dir = System.getProperty("user.home") + dir.substring(1);
    }
    return Path.of(dir).toAbsolutePath().normalize();
  }

  /** Properties for Calcite: ours mapped to Calcite's names, plus the settings Synapse needs (see calcite-notes). */
  Properties calciteProperties() {
    Properties props = new Properties();
    props.setProperty("lex", get(SynapseProperty.LEX));
    props.setProperty("fun", get(SynapseProperty.FUN));
    props.setProperty("timeZone", get(SynapseProperty.TIME_ZONE));
    // Synapse (MySQL) sorts NULL first ascending; with Calcite's default HIGH every ORDER BY would need emulation.
    props.setProperty("defaultNullCollation", "LOW");
    // Avatica answers DatabaseMetaData.getUserName from here.
    given(SynapseProperty.USER).ifPresent(user -> props.setProperty("user", user));
    return props;
  }

  /** Lists the given properties; secret values are masked. */
  @Override
  public String toString() {
    return "ConnectionSettings{" + url + ", " + given.entrySet().stream()
        .map(e -> e.getKey().key() + "=" + (e.getKey().secret() ? "***" : e.getValue()))
        .collect(Collectors.joining(", ", "{", "}")) + "}";
  }

  private static SQLException error(String message) {
    return new SQLException(message, SynapseSqlStates.CONNECTION_FAILED);
  }
}
