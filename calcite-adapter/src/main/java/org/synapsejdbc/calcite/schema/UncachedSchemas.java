package org.synapsejdbc.calcite.schema;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.schema.Schema;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.util.NameMap;

/**
 * Attaches a schema to a parent as Calcite's non-caching {@code SimpleCalciteSchema}.
 *
 * <p>Why: a JDBC connection's root is a {@code CachingCalciteSchema}, and every statement plans against a snapshot
 * of it whose sub-schemas answer table lookups from one {@code getNames()} listing ({@code SnapshotLookup}). Tables
 * found by id ({@code syn123}) are never listed, so they would be invisible. A {@code SimpleCalciteSchema} child
 * (and its snapshots, which stay simple) asks the schema's {@code Lookup} for each name. Calcite offers no public
 * way to add one, hence the reflection on its (unmodular) internals; the catalog caches per user instead.
 */
final class UncachedSchemas {
  private static final Constructor<?> SIMPLE;
  private static final Field SUB_SCHEMAS;

  static {
    try {
      SIMPLE = Class.forName("org.apache.calcite.jdbc.SimpleCalciteSchema")
          .getDeclaredConstructor(CalciteSchema.class, Schema.class, String.class);
      SIMPLE.setAccessible(true);
      SUB_SCHEMAS = CalciteSchema.class.getDeclaredField("subSchemaMap");
      SUB_SCHEMAS.setAccessible(true);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new ExceptionInInitializerError("This Calcite version lacks SimpleCalciteSchema(parent, schema, name) "
          + "or CalciteSchema.subSchemaMap: " + e);
    }
  }

  private UncachedSchemas() {
  }

  /** Adds {@code schema} under {@code parent} as {@code name}, replacing a sub-schema of that name. */
  @SuppressWarnings("unchecked")
  static SchemaPlus add(SchemaPlus parent, String name, Schema schema) {
    CalciteSchema p = CalciteSchema.from(parent);
    try {
      CalciteSchema child = (CalciteSchema) SIMPLE.newInstance(p, schema, name);
      ((NameMap<CalciteSchema>) SUB_SCHEMAS.get(p)).put(name, child);
      return child.plus();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot attach schema " + name, e);
    }
  }
}
