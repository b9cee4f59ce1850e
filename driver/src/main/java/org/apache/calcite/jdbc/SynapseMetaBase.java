package org.apache.calcite.jdbc;

import org.apache.calcite.avatica.AvaticaConnection;
import org.apache.calcite.schema.SchemaPlus;

/**
 * Bridge that lets the Synapse driver subclass {@link CalciteMetaImpl}: its constructor takes the package-private
 * {@code CalciteConnectionImpl}, which only code in this package can name. Nothing else lives here.
 */
public abstract class SynapseMetaBase extends CalciteMetaImpl {
  protected SynapseMetaBase(AvaticaConnection connection) {
    super((CalciteConnectionImpl) connection, CalciteMetaTableFactoryImpl.INSTANCE,
        CalciteMetaColumnFactoryImpl.INSTANCE);
  }

  /** Whether {@code schema} is Calcite's built-in {@code metadata} schema (not a project of the same name). */
  protected static boolean isCalciteMetadataSchema(SchemaPlus schema) {
    CalciteSchema calciteSchema = schema.unwrap(CalciteSchema.class);
    return calciteSchema != null && calciteSchema.schema == MetadataSchema.INSTANCE;
  }
}
