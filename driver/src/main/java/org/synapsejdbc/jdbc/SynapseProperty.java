package org.synapsejdbc.jdbc;

import java.sql.DriverPropertyInfo;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Every connection property the Synapse driver accepts, with its default, description and allowed values; the
 * single source for validation, {@code Driver.getPropertyInfo} and the README table.
 */
public enum SynapseProperty {
  AUTH_TOKEN("authToken", null, Check.TEXT, Place.PROPERTIES_ONLY, true,
      "Synapse personal access token. When no token is given, the driver looks in the profile named by "
          + "`profile`, then `SYNAPSE_AUTH_TOKEN`, then `~/.synapseConfig` "
          + "(as the Python client does); without any token, access is anonymous (public data only)."),
  PASSWORD("password", null, Check.TEXT, Place.PROPERTIES_ONLY, true,
      "Same as `authToken`, for tools whose login form has only user and password fields (DBeaver, BI tools). "
          + "An empty value counts as not set. Give either `authToken` or `password`, not both."),
  USER("user", null, Check.TEXT, Place.ANYWHERE, false,
      "Synapse user name, for display only: the token alone identifies the user. An empty value counts as not set."),
  PROFILE("profile", null, Check.TEXT, Place.ANYWHERE, false,
      "Profile of `~/.synapseConfig` (section `[profile NAME]`) whose `authtoken` is used when no token property "
          + "is given."),
  SSL("ssl", null, Check.BOOLEAN, Place.ANYWHERE, false,
      "`true` for https, `false` for http. Unset: http for loopback hosts (localhost, 127.0.0.1, ::1), https "
          + "otherwise. http is refused for other hosts, so a token never travels in clear text."),
  SCHEMA("schema", null, Check.TEXT, Place.ANYWHERE, false,
      "Default schema of the connection (a project name, or `synapse`), used for unqualified table names."),
  CONSISTENCY("consistency", "eventual", Check.CHOICE, Place.ANYWHERE, false,
      "`eventual` queries a table or view index as it is; `wait` first waits until a view's index has caught up "
          + "with the latest changes.", "eventual", "wait"),
  CSV_SCAN_THRESHOLD("csvScanThreshold", "100000", Check.NON_NEGATIVE_INT, Place.ANYWHERE, false,
      "Expected row count from which an unfiltered scan downloads the table as CSV instead of paging through "
          + "query results; 0 turns the CSV route off."),
  PAGE_PREFETCH("pagePrefetch", "1", Check.NON_NEGATIVE_INT, Place.ANYWHERE, false,
      "How many result pages are fetched ahead while the current one is read; 0 fetches on demand."),
  QUERY_TIMEOUT("queryTimeout", "0", Check.NON_NEGATIVE_INT, Place.ANYWHERE, false,
      "Default query timeout in seconds for new statements (`Statement.setQueryTimeout` overrides it); "
          + "0 means no timeout."),
  CACHE_TTL("cacheTtl", "60", Check.NON_NEGATIVE_INT, Place.ANYWHERE, false,
      "Seconds that project, table and column lists are cached per user; 0 turns the cache off."),
  CONNECT_TIMEOUT("connectTimeout", "30", Check.NON_NEGATIVE_INT, Place.ANYWHERE, false,
      "Seconds to wait for a TCP connection to Synapse; 0 waits without limit."),
  READ_TIMEOUT("readTimeout", "60", Check.NON_NEGATIVE_INT, Place.ANYWHERE, false,
      "Seconds to wait for one HTTP response from Synapse; 0 waits without limit."),
  MAX_RETRIES("maxRetries", "5", Check.NON_NEGATIVE_INT, Place.ANYWHERE, false,
      "How often a throttled (429) or unavailable (502/503/504) idempotent request is retried, with backoff."),
  LOCAL_DIR("localDir", null, Check.TEXT, Place.ANYWHERE, false,
      "Data directory of the embedded local-synapse, for `jdbc:synapse:local` only (same as "
          + "`jdbc:synapse:local:DIR`). Unset: `~/.synapse-jdbc/local`."),
  LOCAL_PORT("localPort", "0", Check.PORT_OR_ZERO, Place.ANYWHERE, false,
      "HTTP port of the embedded local-synapse, for `jdbc:synapse:local` only; 0 picks a free port. Used only "
          + "by the connection that starts the server for its data directory."),
  LEX("lex", "MYSQL_ANSI", Check.CHOICE, Place.ANYWHERE, false,
      "Lexical policy of the SQL parser (Calcite `lex`). The default keeps the case of names, quotes them with "
          + "double quotes like Synapse SQL, and matches them case-insensitively.",
      "MYSQL_ANSI", "MYSQL", "ORACLE", "JAVA", "SQL_SERVER", "BIG_QUERY"),
  FUN("fun", "standard", Check.FUNCTION_LIBRARIES, Place.ANYWHERE, false,
      "Comma-separated function libraries available in SQL (Calcite `fun`), e.g. `standard,mysql`. Functions "
          + "that Synapse lacks run in the driver."),
  TIME_ZONE("timeZone", "UTC", Check.TIME_ZONE, Place.ANYWHERE, false,
      "Time zone in which TIMESTAMP values are read and written over JDBC. Synapse stores dates as UTC instants, "
          + "so the default keeps them exact.");

  /** Where a property may be given. */
  enum Place { ANYWHERE, PROPERTIES_ONLY }

  /** How a value is validated. */
  enum Check { TEXT, BOOLEAN, NON_NEGATIVE_INT, PORT_OR_ZERO, CHOICE, FUNCTION_LIBRARIES, TIME_ZONE }

  private static final Set<String> FUNCTION_LIBRARIES = Set.of("standard", "bigquery", "calcite", "hive", "mssql",
      "mysql", "oracle", "postgresql", "redshift", "snowflake", "spark", "spatial", "all");

  private final String key;
  private final String defaultValue;
  private final Check check;
  private final Place place;
  private final boolean secret;
  private final String description;
  private final List<String> choices;

  SynapseProperty(String key, String defaultValue, Check check, Place place, boolean secret, String description,
      String... choices) {
    this.key = key;
    this.defaultValue = defaultValue;
    this.check = check;
    this.place = place;
    this.secret = secret;
    this.description = description;
    this.choices = check == Check.BOOLEAN ? List.of("true", "false") : List.of(choices);
  }

  /** The name used in URLs and {@link java.util.Properties}. */
  public String key() {
    return key;
  }

  /** The value used when the property is not given, or null when unset has its own meaning. */
  public String defaultValue() {
    return defaultValue;
  }

  public String description() {
    return description;
  }

  /** Allowed values, empty when any value of the right form is allowed. */
  public List<String> choices() {
    return choices;
  }

  /** No property is mandatory: a token can come from the environment, and every other property has a default. */
  public boolean required() {
    return false;
  }

  /** Whether the value is a credential that must never appear in a URL, message or log. */
  public boolean secret() {
    return secret;
  }

  /** Whether the property may appear in the URL text. */
  public boolean allowedInUrl() {
    return place == Place.ANYWHERE;
  }

  /** Whether an empty value from {@link java.util.Properties} means "not set" (tools send empty login fields). */
  boolean emptyMeansUnset() {
    return this == USER || this == PASSWORD;
  }

  /** The property with this exact (case-sensitive) key. */
  public static Optional<SynapseProperty> forKey(String key) {
    return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
  }

  /** The property whose key differs only in case, to suggest the right spelling. */
  static Optional<SynapseProperty> forKeyIgnoreCase(String key) {
    return Arrays.stream(values()).filter(p -> p.key.equalsIgnoreCase(key)).findFirst();
  }

  /**
   * Checks a non-empty value and returns it in canonical form, or returns null with {@code problem} filled in.
   * Messages never contain the value of a secret.
   */
  String normalize(String value, StringBuilder problem) {
    String v = value.strip();
    switch (check) {
      case TEXT:
        return value;
      case BOOLEAN:
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
          return v.toLowerCase(Locale.ROOT);
        }
        problem.append("expected true or false");
        return null;
      case NON_NEGATIVE_INT:
      case PORT_OR_ZERO:
        try {
          int n = Integer.parseInt(v);
          int max = check == Check.PORT_OR_ZERO ? 65535 : Integer.MAX_VALUE;
          if (n >= 0 && n <= max) {
            return Integer.toString(n);
          }
        } catch (NumberFormatException e) {
          // reported below
        }
        problem.append(check == Check.PORT_OR_ZERO ? "expected a port number from 0 to 65535"
            : "expected a whole number from 0 to " + Integer.MAX_VALUE);
        return null;
      case CHOICE:
        for (String choice : choices) {
          if (choice.equalsIgnoreCase(v)) {
            return choice;
          }
        }
        problem.append("expected one of ").append(String.join(", ", choices));
        return null;
      case FUNCTION_LIBRARIES:
        for (String lib : v.split(",", -1)) {
          if (!FUNCTION_LIBRARIES.contains(lib.strip().toLowerCase(Locale.ROOT))) {
            problem.append("expected a comma-separated list of ")
                .append(String.join(", ", FUNCTION_LIBRARIES.stream().sorted().toList()));
            return null;
          }
        }
        return v.toLowerCase(Locale.ROOT).replace(" ", "");
      case TIME_ZONE:
        try {
          return ZoneId.of(v).getId();
        } catch (DateTimeException e) {
          problem.append("expected a time zone id such as UTC or Europe/Zurich");
          return null;
        }
      default:
        throw new AssertionError(check);
    }
  }

  /** Describes this property for {@link java.sql.Driver#getPropertyInfo}, with the given current value. */
  DriverPropertyInfo toPropertyInfo(String currentValue) {
    DriverPropertyInfo info = new DriverPropertyInfo(key, currentValue != null ? currentValue : defaultValue);
    info.description = description.replace("`", "");
    info.required = required();
    info.choices = choices.isEmpty() ? null : choices.toArray(new String[0]);
    return info;
  }
}
