package org.synapsejdbc.jdbc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed and validated Synapse JDBC URL: {@code jdbc:synapse:} (synapse.org),
 * {@code jdbc:synapse://host[:port][/path]} (another server) or {@code jdbc:synapse:local[:DIR]} (an embedded
 * local-synapse), each optionally followed by {@code ?key=value&...}. Parsing lives in {@link SynapseUrlParser}.
 */
public final class SynapseUrl {
  /** The URL prefix every Synapse JDBC URL starts with. */
  public static final String PREFIX = "jdbc:synapse:";

  /** Which server a URL points to. */
  public enum Kind {
    /** synapse.org, the public Synapse. */
    SYNAPSE_ORG,
    /** An explicit server given by host, port and path. */
    SERVER,
    /** A local-synapse started inside this JVM. */
    LOCAL
  }

  private final Kind kind;
  private final String host;
  private final int port;
  private final String path;
  private final String localDir;
  private final Map<String, String> properties;

  SynapseUrl(Kind kind, String host, int port, String path, String localDir, Map<String, String> properties) {
    this.kind = kind;
    this.host = host;
    this.port = port;
    this.path = path;
    this.localDir = localDir;
    this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
  }

  /** Parses and validates {@code url}; see {@link SynapseUrlParser} for the rules. */
  public static SynapseUrl parse(String url) throws java.sql.SQLException {
    return new SynapseUrlParser(url).parse();
  }

  /** Whether {@code url} is meant for this driver (it may still be malformed). */
  public static boolean isSynapseUrl(String url) {
    return url != null && url.startsWith(PREFIX);
  }

  public Kind kind() {
    return kind;
  }

  /** Host name or address (IPv6 without brackets); only for {@link Kind#SERVER}. */
  public String host() {
    return host;
  }

  /** Explicit port, or -1 for the scheme's default. */
  public int port() {
    return port;
  }

  /** Base path under which the server's {@code /repo/v1} etc. live: empty or starting with '/', no trailing '/'. */
  public String path() {
    return path;
  }

  /** The data directory written after {@code jdbc:synapse:local:}, if any. */
  public Optional<String> localDir() {
    return Optional.ofNullable(localDir);
  }

  /** Properties from the query part, decoded, in URL order. */
  public Map<String, String> properties() {
    return properties;
  }

  /** The server's base URL for the given scheme (http or https); only for {@link Kind#SERVER}. */
  public String baseUrl(boolean https) {
    if (kind != Kind.SERVER) {
      throw new IllegalStateException("no explicit server in a " + kind + " URL");
    }
    String h = host.contains(":") ? "[" + host + "]" : host;
    return (https ? "https://" : "http://") + h + (port >= 0 ? ":" + port : "") + path;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SynapseUrl u && kind == u.kind && port == u.port && Objects.equals(host, u.host)
        && Objects.equals(path, u.path) && Objects.equals(localDir, u.localDir) && properties.equals(u.properties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, host, port, path, localDir, properties);
  }

  /** Property values are left out: a caller may have misplaced a secret in them. */
  @Override
  public String toString() {
    return "SynapseUrl{" + kind + (host != null ? ", host=" + host : "") + (port >= 0 ? ", port=" + port : "")
        + (path != null && !path.isEmpty() ? ", path=" + path : "") + (localDir != null ? ", localDir=" + localDir : "")
        + ", properties=" + properties.keySet() + "}";
  }
}
