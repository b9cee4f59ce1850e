package org.synapsejdbc.jdbc;

import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.schema.SchemaPlus;
import org.synapsejdbc.client.SynapseEndpoints;
import org.synapsejdbc.client.auth.Credentials;
import org.synapsejdbc.jdbc.meta.ProcedureRegistry;

/**
 * What a {@link SchemaInstaller} receives for one new connection.
 *
 * @param rootSchema  the connection's root schema, to which installers add sub-schemas
 * @param settings    the validated connection properties (consistency, cache TTL, timeouts, ...)
 * @param endpoints   the Synapse server to talk to (synapse.org, an explicit server, or the embedded one)
 * @param credentials the resolved token (explicit, profile, environment) or anonymous
 * @param connection  the Calcite connection being opened (its type factory, config)
 * @param procedures  where installers register the procedures that {@code getProcedures} lists
 * @param client      the connection's one REST client (built on first use, closed by the driver with the connection)
 */
public record SchemaInstallContext(SchemaPlus rootSchema, ConnectionSettings settings, SynapseEndpoints endpoints,
    Credentials credentials, CalciteConnection connection, ProcedureRegistry procedures, ConnectionClient client) {
}
