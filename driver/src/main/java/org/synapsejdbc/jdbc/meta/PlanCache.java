package org.synapsejdbc.jdbc.meta;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.runtime.Hook;
import org.apache.calcite.schema.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synapsejdbc.calcite.SynapseTable;

/**
 * One connection's prepared query plans, keyed by statement text, row limit and default schema, so that running the
 * same query again skips Calcite's parse, validation, planning and code generation.
 *
 * <p>A plan is only reused while the catalog still answers as it did when the plan was made: each hit resolves every
 * table the plan read again (through the same schema lookups and catalog caches planning uses) and requires the same
 * table, or a Synapse table with an equal definition (entity, version, kind, columns) and the same executor. Only
 * queries are kept ({@code SELECT}, {@code EXPLAIN}); writes, {@code CALL}s, table functions and plans reading no
 * table are prepared every time. The cache belongs to one connection, hence one user; it is never shared.
 */
public final class PlanCache {
  private static final Logger LOG = LoggerFactory.getLogger(PlanCache.class);
  /** Plans kept per connection; each holds its compiled class, so the cache stays small. */
  public static final int DEFAULT_CAPACITY = 64;

  /** What a plan depends on besides the catalog. */
  public record Key(String sql, long maxRowCount, List<String> defaultSchemaPath) {
    public Key {
      Objects.requireNonNull(sql, "sql");
      defaultSchemaPath = defaultSchemaPath == null ? List.of() : List.copyOf(defaultSchemaPath);
    }
  }

  /** A table as the plan saw it, at its full path. */
  private record TableCheck(List<String> path, Table table) {
    boolean holds(CalciteSchema root) {
      Table now = resolve(root, path);
      return now != null && sameDefinition(table, now);
    }
  }

  private record Entry(CalcitePrepare.CalciteSignature<Object> signature, List<TableCheck> checks) {
  }

  private final Map<Key, Entry> entries;

  public PlanCache(int capacity) {
    this.entries = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
        return size() > capacity;
      }
    };
  }

  /** The cached plan for {@code key} if the catalog still matches it, else null (and the plan is dropped). */
  CalcitePrepare.CalciteSignature<Object> get(Key key, CalciteSchema root) {
    Entry entry;
    synchronized (entries) {
      entry = entries.get(key);
    }
    if (entry == null) {
      return null;
    }
    // Outside the lock: resolving may ask Synapse when a catalog cache entry has expired.
    for (TableCheck check : entry.checks()) {
      if (!check.holds(root)) {
        LOG.debug("Catalog changed for {}; planning again", check.path());
        synchronized (entries) {
          entries.remove(key, entry);
        }
        return null;
      }
    }
    return entry.signature();
  }

  /**
   * The plan for {@code key}: the cached one while the catalog still matches it, else the one {@code prepare} makes
   * (kept when it is a query whose every table can be checked later and {@code cacheable} says so).
   *
   * @param cacheable decides, after preparing, whether the statement may be cached (e.g. no hook rewrote it)
   */
  public CalcitePrepare.CalciteSignature<Object> plan(Key key, CalciteSchema root,
      Supplier<CalcitePrepare.CalciteSignature<Object>> prepare, BooleanSupplier cacheable) {
    CalcitePrepare.CalciteSignature<Object> cached = get(key, root);
    if (cached != null) {
      return cached;
    }
    PlanTables tables = new PlanTables();
    Consumer<RelNode> collect = tables::add;
    CalcitePrepare.CalciteSignature<Object> signature;
    try (Hook.Closeable hook = Hook.CONVERTED.addThread(collect)) {
      signature = prepare.get();
    }
    if (cacheable.getAsBoolean()) {
      List<TableCheck> checks = checks(signature, tables, root);
      if (checks != null) {
        synchronized (entries) {
          entries.put(key, new Entry(signature, checks));
        }
      }
    }
    return signature;
  }

  int size() {
    synchronized (entries) {
      return entries.size();
    }
  }

  /** The checks a plan can be validated with, or null when it must not be cached. */
  private static List<TableCheck> checks(CalcitePrepare.CalciteSignature<Object> signature, PlanTables tables,
      CalciteSchema root) {
    if (signature.statementType != Meta.StatementType.SELECT || tables.opaque() || tables.tables().isEmpty()) {
      return null;
    }
    List<TableCheck> checks = new ArrayList<>();
    Map<Table, Boolean> planned = new IdentityHashMap<>();
    for (RelOptTable relOptTable : tables.tables()) {
      Table table = relOptTable.unwrap(Table.class);
      TableCheck check = new TableCheck(List.copyOf(relOptTable.getQualifiedName()), table);
      if (table == null || !check.holds(root)) {
        return null;
      }
      checks.add(check);
      planned.put(table, Boolean.TRUE);
    }
    // Generated code holds the tables it reads (stashed); each must be one the checks cover.
    for (Object value : signature.internalParameters.values()) {
      if (value instanceof Table table && !planned.containsKey(table)) {
        return null;
      }
    }
    return checks;
  }

  private static Table resolve(CalciteSchema root, List<String> path) {
    CalciteSchema schema = root;
    for (int i = 0; i < path.size() - 1 && schema != null; i++) {
      schema = schema.getSubSchema(path.get(i), true);
    }
    if (schema == null || path.isEmpty()) {
      return null;
    }
    CalciteSchema.TableEntry entry = schema.getTable(path.get(path.size() - 1), true);
    return entry == null ? null : entry.getTable();
  }

  /** The same table, or a Synapse table the catalog rebuilt with an equal definition and the same executor. */
  private static boolean sameDefinition(Table planned, Table now) {
    if (planned == now) {
      return true;
    }
    return planned instanceof SynapseTable a && now instanceof SynapseTable b && a.getClass() == b.getClass()
        && a.executor() == b.executor() && a.descriptor().equals(b.descriptor());
  }
}
