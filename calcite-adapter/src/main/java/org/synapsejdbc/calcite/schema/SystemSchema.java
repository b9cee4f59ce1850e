package org.synapsejdbc.calcite.schema;

import com.google.common.collect.Multimap;
import java.util.Map;
import org.apache.calcite.schema.Function;
import org.apache.calcite.schema.Schema;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;
import org.apache.calcite.schema.lookup.Lookup;
import org.apache.calcite.util.NameMap;

/**
 * The {@code synapse} schema: system tables over Synapse's REST API, table functions, any {@code syn123} by id, and
 * the caller's projects as sub-schemas (so they resolve while {@code synapse} is the default schema).
 */
public final class SystemSchema extends AbstractSchema {
  private final SynapseCatalog catalog;
  private final Lookup<Table> tables;
  private final Multimap<String, Function> functions;

  public SystemSchema(SynapseCatalog catalog, Map<String, Table> systemTables,
      Multimap<String, Function> functions) {
    this.catalog = catalog;
    NameMap<Table> named = new NameMap<>();
    systemTables.forEach(named::put);
    this.tables = Lookup.concat(Lookup.of(named), new EntityIdTables(catalog));
    this.functions = functions;
  }

  public SynapseCatalog catalog() {
    return catalog;
  }

  @Override
  public Lookup<Table> tables() {
    return tables;
  }

  @Override
  public Lookup<? extends Schema> subSchemas() {
    return new ProjectSchemas(catalog);
  }

  @Override
  protected Multimap<String, Function> getFunctionMultimap() {
    return functions;
  }

  @Override
  public boolean isMutable() {
    return false;
  }
}
