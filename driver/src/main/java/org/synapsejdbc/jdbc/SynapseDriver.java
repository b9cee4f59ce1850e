package org.synapsejdbc.jdbc;

import java.sql.Connection;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.calcite.avatica.AvaticaConnection;
import org.apache.calcite.avatica.DriverVersion;
import org.apache.calcite.avatica.Handler;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.jdbc.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synapsejdbc.calcite.dml.SynapseModifications;
import org.synapsejdbc.calcite.error.SynapseSqlStates;
import org.synapsejdbc.client.SynapseEndpoints;
import org.synapsejdbc.client.auth.CredentialResolver;
import org.synapsejdbc.client.auth.Credentials;
import org.synapsejdbc.client.error.SynapseConfigurationException;
import org.synapsejdbc.jdbc.error.SqlExceptions;
import org.synapsejdbc.jdbc.local.EmbeddedLocalSynapse;
import org.synapsejdbc.jdbc.meta.ProcedureRegistry;
import org.synapsejdbc.jdbc.meta.SynapseMeta;
import org.synapsejdbc.jdbc.wrap.SynapseConnections;

/**
 * The Synapse JDBC driver: Calcite's driver with its own URL prefix ({@code jdbc:synapse:}), strict URL and
 * property validation, Synapse's product name and version, metadata fixes for SQL tools, and the schema installers.
 */
public class SynapseDriver extends Driver {
  private static final Logger LOG = LoggerFactory.getLogger(SynapseDriver.class);

  static {
    // First: Calcite reads its charset defaults once, when its parser or type system is first used, and only UTF-8
    // lets SQL literals carry non-Latin-1 text. Loading our superclass does not read them (UnicodeLiteralsTest).
    CalciteCharsets.install();
    // The DML length checks hook into statement parsing; install them before the first statement is parsed, or the
    // first INSERT of a JVM would be planned without them (they would otherwise install with the first table).
    SynapseModifications.install();
    new SynapseDriver().register();
  }

  public SynapseDriver() {
    super();
  }

  @Override
  protected String getConnectStringPrefix() {
    return SynapseUrl.PREFIX;
  }

  /** Called from the super constructor: may use constants only. */
  @Override
  protected DriverVersion createDriverVersion() {
    return DriverInfo.driverVersion();
  }

  /**
   * Calcite's factory with a non-caching root schema, so that tables found by id ({@code syn123}) resolve in every
   * statement. Called from the super constructor: may use constants only.
   */
  @Override
  protected org.apache.calcite.avatica.AvaticaFactory createFactory() {
    return new org.synapsejdbc.calcite.schema.UncachedRootFactory();
  }

  /** Called from the super constructor: may use constants only. */
  @Override
  protected Handler createHandler() {
    return new SynapseHandler(super.createHandler());
  }

  /** Called by Avatica inside {@link #connect}, on the connecting thread. */
  @Override
  public Meta createMeta(AvaticaConnection connection) {
    ConnectionSetup setup = ConnectionSetup.pending();
    return new SynapseMeta(connection, setup != null ? setup.procedures() : new ProcedureRegistry());
  }

  // --- procedures (owner: org.synapsejdbc.jdbc.call) ---
  /** Calcite's statement preparation, with {@code CALL}/{@code {call}} running Synapse procedures. */
  @Override
  public org.apache.calcite.jdbc.CalcitePrepare createPrepare() {
    return new org.synapsejdbc.jdbc.call.SynapsePrepare();
  }
  // --- end procedures ---

  @Override
  public boolean acceptsURL(String url) {
    return SynapseUrl.isSynapseUrl(url);
  }

  /**
   * Opens a connection. Returns null for URLs of other drivers (as {@link java.sql.Driver} requires); throws a
   * {@link SQLException} with SQLState 08001 for malformed Synapse URLs or properties, 28000 for credentials.
   */
  @Override
  public Connection connect(String url, Properties info) throws SQLException {
    if (!acceptsURL(url)) {
      return null;
    }
    SynapseUrl parsed = SynapseUrl.parse(url);
    ConnectionSettings settings = ConnectionSettings.resolve(parsed, info);
    ConnectionSetup setup =
        new ConnectionSetup(settings, endpoints(settings), credentials(settings), new ProcedureRegistry());
    LOG.debug("Opening {} as {}", settings, setup.credentials());
    AvaticaConnection connection = setup.during(
        () -> (AvaticaConnection) super.connect(SynapseUrl.PREFIX, settings.calciteProperties()));
    return SynapseConnections.wrap(connection, settings);
  }

  private static SynapseEndpoints endpoints(ConnectionSettings settings) throws SQLException {
    SynapseUrl url = settings.url();
    String ssl = settings.get(SynapseProperty.SSL);
    try {
      switch (url.kind()) {
        case SYNAPSE_ORG:
          if ("false".equals(ssl)) {
            throw SqlExceptions.create("synapse.org is only reachable over https: remove ssl=false",
                SynapseSqlStates.CONNECTION_FAILED, null);
          }
          return SynapseEndpoints.PRODUCTION;
        case LOCAL:
          return SynapseEndpoints.of(EmbeddedLocalSynapse.baseUrl(settings.localDataDir(),
              settings.getInt(SynapseProperty.LOCAL_PORT)));
        case SERVER:
          if (ssl == null) {
            return plainHttpIfLoopback(url);
          }
          return SynapseEndpoints.of(url.baseUrl("true".equals(ssl)));
        default:
          throw new AssertionError(url.kind());
      }
    } catch (SynapseConfigurationException e) {
      throw SqlExceptions.create(e.getMessage(), SynapseSqlStates.CONNECTION_FAILED, e);
    }
  }

  /** Without an explicit {@code ssl}, http where the client allows it (loopback hosts), https everywhere else. */
  private static SynapseEndpoints plainHttpIfLoopback(SynapseUrl url) {
    try {
      return SynapseEndpoints.of(url.baseUrl(false));
    } catch (SynapseConfigurationException notLoopback) {
      return SynapseEndpoints.of(url.baseUrl(true));
    }
  }

  private static Credentials credentials(ConnectionSettings settings) throws SQLException {
    if (settings.url().kind() == SynapseUrl.Kind.LOCAL && settings.explicitToken().isEmpty()
        && settings.given(SynapseProperty.PROFILE).isEmpty()) {
      // A real Synapse token from the environment has no business at the embedded server.
      return Credentials.token(EmbeddedLocalSynapse.serverFor(settings.localDataDir(),
          settings.getInt(SynapseProperty.LOCAL_PORT)).user1Token(), "built-in user1 of the embedded local-synapse");
    }
    CredentialResolver resolver = CredentialResolver.system();
    settings.explicitToken().ifPresent(resolver::explicitToken);
    settings.given(SynapseProperty.PROFILE).ifPresent(resolver::profile);
    try {
      return resolver.resolve();
    } catch (SynapseConfigurationException e) {
      throw SqlExceptions.create(e.getMessage(), SynapseSqlStates.AUTHORIZATION, e);
    }
  }

  /** Describes every {@link SynapseProperty}, with the values already present in the URL or {@code info}. */
  @Override
  public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
    java.util.Map<String, String> fromUrl = java.util.Map.of();
    if (acceptsURL(url)) {
      try {
        fromUrl = SynapseUrl.parse(url).properties();
      } catch (SQLException e) {
        // Tools ask while the user is still typing the URL: describe the properties anyway.
      }
    }
    List<DriverPropertyInfo> list = new ArrayList<>();
    for (SynapseProperty p : SynapseProperty.values()) {
      String current = fromUrl.get(p.key());
      if (current == null && info != null) {
        current = info.getProperty(p.key());
      }
      DriverPropertyInfo propertyInfo = p.toPropertyInfo(p.secret() ? null : current);
      list.add(propertyInfo);
    }
    return list.toArray(new DriverPropertyInfo[0]);
  }
}
