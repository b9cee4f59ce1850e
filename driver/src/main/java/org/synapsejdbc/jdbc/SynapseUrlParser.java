package org.synapsejdbc.jdbc;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.synapsejdbc.calcite.error.SynapseSqlStates;

/**
 * Strict parser of Synapse JDBC URLs. Errors are {@link SQLException}s with SQLState 08001 whose messages never
 * repeat property values, so a token pasted into a URL by mistake does not end up in a log.
 */
final class SynapseUrlParser {
  private static final Pattern HOST_NAME =
      Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*");
  private static final Pattern PROPERTY_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,31}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+");
  private static final String FORMS = "expected jdbc:synapse:, jdbc:synapse://host[:port][/path] or "
      + "jdbc:synapse:local[:DIR], optionally followed by ?key=value&...";

  private final String url;

  SynapseUrlParser(String url) {
    this.url = url;
  }

  SynapseUrl parse() throws SQLException {
    if (url == null || !url.startsWith(SynapseUrl.PREFIX)) {
      throw error("Not a Synapse JDBC URL: it must start with " + SynapseUrl.PREFIX);
    }
    if (url.indexOf('#') >= 0) {
      throw error("Invalid Synapse JDBC URL: a '#' fragment is not allowed");
    }
    String rest = url.substring(SynapseUrl.PREFIX.length());
    int q = rest.indexOf('?');
    String body = q >= 0 ? rest.substring(0, q) : rest;
    Map<String, String> properties = q >= 0 ? parseQuery(rest.substring(q + 1)) : Map.of();
    if (body.isEmpty()) {
      return new SynapseUrl(SynapseUrl.Kind.SYNAPSE_ORG, null, -1, "", null, properties);
    }
    if (body.startsWith("//")) {
      return parseServer(body.substring(2), properties);
    }
    if (body.equals("local")) {
      return new SynapseUrl(SynapseUrl.Kind.LOCAL, null, -1, "", null, properties);
    }
    if (body.startsWith("local:")) {
      String dir = decode(body.substring("local:".length()), "data directory");
      if (dir.isBlank()) {
        throw error("Invalid Synapse JDBC URL: the data directory after jdbc:synapse:local: is empty");
      }
      return new SynapseUrl(SynapseUrl.Kind.LOCAL, null, -1, "", dir, properties);
    }
    if (body.startsWith("/")) {
      throw error("Invalid Synapse JDBC URL: a server must be written jdbc:synapse://host (two slashes); " + FORMS);
    }
    int colon = body.indexOf(':');
    String word = colon >= 0 ? body.substring(0, colon) : body;
    if (word.equalsIgnoreCase("http") || word.equalsIgnoreCase("https")) {
      throw error("Invalid Synapse JDBC URL: write jdbc:synapse://host without http: or https: (use the ssl "
          + "property to choose); " + FORMS);
    }
    throw error("Invalid Synapse JDBC URL: unknown form '" + word + "'; " + FORMS);
  }

  private SynapseUrl parseServer(String authorityAndPath, Map<String, String> properties) throws SQLException {
    int slash = authorityAndPath.indexOf('/');
    String authority = slash >= 0 ? authorityAndPath.substring(0, slash) : authorityAndPath;
    String path = slash >= 0 ? authorityAndPath.substring(slash) : "";
    if (authority.contains("@")) {
      // Whatever precedes '@' is a user name and perhaps a token: never echo it.
      throw error("Invalid Synapse JDBC URL: credentials before '@' are not allowed in the URL; give the token as "
          + "the authToken (or password) connection property");
    }
    String host;
    String portText = null;
    if (authority.startsWith("[")) {
      int close = authority.indexOf(']');
      if (close < 0) {
        throw error("Invalid Synapse JDBC URL: missing ']' after an IPv6 address");
      }
      host = authority.substring(1, close);
      String after = authority.substring(close + 1);
      if (!after.isEmpty()) {
        if (!after.startsWith(":")) {
          throw error("Invalid Synapse JDBC URL: unexpected text after the IPv6 address");
        }
        portText = after.substring(1);
      }
      if (host.isEmpty() || !IPV6.matcher(host).matches() || !host.contains(":")) {
        throw error("Invalid Synapse JDBC URL: '" + host + "' is not an IPv6 address");
      }
    } else {
      int colon = authority.indexOf(':');
      host = colon >= 0 ? authority.substring(0, colon) : authority;
      portText = colon >= 0 ? authority.substring(colon + 1) : null;
      if (host.isEmpty()) {
        throw error("Invalid Synapse JDBC URL: the host is empty; " + FORMS);
      }
      if (!HOST_NAME.matcher(host).matches()) {
        throw error("Invalid Synapse JDBC URL: '" + host + "' is not a valid host name");
      }
    }
    int port = -1;
    if (portText != null) {
      port = parsePort(portText);
    }
    return new SynapseUrl(SynapseUrl.Kind.SERVER, host, port, normalizePath(path), null, properties);
  }

  private int parsePort(String text) throws SQLException {
    if (text.isEmpty()) {
      throw error("Invalid Synapse JDBC URL: the port after ':' is empty");
    }
    if (!text.chars().allMatch(c -> c >= '0' && c <= '9') || text.length() > 5) {
      throw error("Invalid Synapse JDBC URL: port '" + text + "' is not a number from 1 to 65535");
    }
    int port = Integer.parseInt(text);
    if (port < 1 || port > 65535) {
      throw error("Invalid Synapse JDBC URL: port " + port + " is out of range (1 to 65535)");
    }
    return port;
  }

  private String normalizePath(String rawPath) throws SQLException {
    String path = decode(rawPath, "path");
    if (path.contains("//")) {
      throw error("Invalid Synapse JDBC URL: the path contains an empty segment ('//')");
    }
    for (String segment : path.split("/")) {
      if (segment.equals(".") || segment.equals("..")) {
        throw error("Invalid Synapse JDBC URL: the path must not contain '.' or '..' segments");
      }
    }
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    // The path is re-encoded by the HTTP client; reject characters it would have to guess about.
    if (path.chars().anyMatch(c -> c <= ' ' || c == '?' || c == '\\')) {
      throw error("Invalid Synapse JDBC URL: the path contains a space, control character, '?' or '\\'");
    }
    return path;
  }

  private Map<String, String> parseQuery(String query) throws SQLException {
    Map<String, String> properties = new LinkedHashMap<>();
    if (query.isEmpty()) {
      throw error("Invalid Synapse JDBC URL: '?' is not followed by any key=value property");
    }
    for (String pair : query.split("&", -1)) {
      if (pair.isEmpty()) {
        throw error("Invalid Synapse JDBC URL: empty property between '&' separators");
      }
      int eq = pair.indexOf('=');
      if (eq < 0) {
        // A lone word may be a token pasted without a key: name it only if it is one of ours.
        String known = SynapseProperty.forKey(pair).map(p -> "property '" + p.key() + "'").orElse("a property");
        throw error("Invalid Synapse JDBC URL: " + known + " has no '=' and value");
      }
      String key = decodeName(pair.substring(0, eq));
      if (key.isEmpty()) {
        throw error("Invalid Synapse JDBC URL: a property has an empty name");
      }
      SynapseProperty property = SynapseProperty.forKey(key).orElse(null);
      if (property != null && !property.allowedInUrl()) {
        throw error("Connection property '" + key + "' must not be given in the URL, where it would be logged "
            + "and stored in clear text; pass it as a connection property (java.util.Properties or the "
            + "tool's password field) or set SYNAPSE_AUTH_TOKEN");
      }
      String value = decode(pair.substring(eq + 1), "value of property '" + key + "'");
      if (value.isEmpty()) {
        throw error("Connection property '" + key + "' has an empty value in the URL");
      }
      if (properties.containsKey(key)) {
        throw error("Connection property '" + key + "' is given more than once in the URL");
      }
      properties.put(key, value);
    }
    return properties;
  }

  private String decodeName(String raw) throws SQLException {
    String name = decode(raw, "property name");
    // Anything that is not a plain word might be a token pasted in the wrong place: do not repeat it.
    if (!name.isEmpty() && !PROPERTY_NAME.matcher(name).matches()) {
      throw error("Invalid Synapse JDBC URL: a property name must be a word of letters, digits, '_', '.' or '-' "
          + "(at most 32 characters)");
    }
    return name;
  }

  /** Strict percent-decoding as UTF-8: '%' must be followed by two hex digits, and '+' stays a plus sign. */
  private String decode(String raw, String what) throws SQLException {
    if (raw.indexOf('%') < 0) {
      return raw;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c != '%') {
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < raw.length()) {
          encoded = raw.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.writeBytes(encoded);
        continue;
      }
      if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
          || Character.digit(raw.charAt(i + 2), 16) < 0) {
        throw error("Invalid Synapse JDBC URL: malformed percent-encoding in the " + what
            + " ('%' must be followed by two hexadecimal digits)");
      }
      bytes.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
      i += 2;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
    } catch (CharacterCodingException e) {
      throw error("Invalid Synapse JDBC URL: the percent-encoded " + what + " is not valid UTF-8");
    }
  }

  private static SQLException error(String message) {
    return new SQLException(message, SynapseSqlStates.CONNECTION_FAILED);
  }
}
