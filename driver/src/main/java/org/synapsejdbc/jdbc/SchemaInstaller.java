package org.synapsejdbc.jdbc;

import java.sql.SQLException;

/**
 * Puts Synapse content (project schemas, the {@code synapse} system schema, functions) into a new connection's
 * root schema. This is the one place where content enters a connection: the driver finds installers with
 * {@link java.util.ServiceLoader} (file {@code META-INF/services/org.synapsejdbc.jdbc.SchemaInstaller}) and calls
 * each, in the order of their {@link #order()}, while the connection is being opened.
 */
public interface SchemaInstaller {
  /**
   * Adds schemas, tables or functions to {@link SchemaInstallContext#rootSchema()}.
   *
   * @return what to close when the connection closes (HTTP clients, caches), or null
   * @throws SQLException to refuse the connection; use SQLState class 08 or 28
   */
  AutoCloseable install(SchemaInstallContext context) throws SQLException;

  /** Installers run in ascending order; equal orders run by class name. */
  default int order() {
    return 0;
  }
}
