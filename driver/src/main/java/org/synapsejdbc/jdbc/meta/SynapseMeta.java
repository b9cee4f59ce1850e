package org.synapsejdbc.jdbc.meta;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.calcite.avatica.AvaticaConnection;
import org.apache.calcite.avatica.MetaImpl;
import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.jdbc.CalciteMetaImpl;
import org.apache.calcite.jdbc.SynapseMetaBase;
import org.apache.calcite.linq4j.function.Predicate1;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.lookup.LikePattern;
import org.apache.calcite.util.ImmutableBitSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synapsejdbc.calcite.SynapseTable;
import org.synapsejdbc.calcite.schema.SynapseSchemas;

/**
 * Calcite's metadata adjusted for SQL tools: autocommit on and harmless commit/rollback, no catalogs, Calcite's
 * {@code metadata} schema hidden, bare type names, Synapse's types in {@code getTypeInfo}, primary keys from
 * the tables' declared keys, and procedures from the connection's {@link ProcedureRegistry}.
 */
public class SynapseMeta extends SynapseMetaBase {
  private static final Logger LOG = LoggerFactory.getLogger(SynapseMeta.class);
  private static final List<String> PRIMARY_KEY_COLUMNS =
      List.of("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME", "KEY_SEQ", "PK_NAME");
  private static final List<String> PROCEDURE_COLUMNS = List.of("PROCEDURE_CAT", "PROCEDURE_SCHEM",
      "PROCEDURE_NAME", "FUTURE_USE1", "FUTURE_USE2", "FUTURE_USE3", "REMARKS", "PROCEDURE_TYPE", "SPECIFIC_NAME");
  private static final List<String> PROCEDURE_COLUMN_COLUMNS = List.of("PROCEDURE_CAT", "PROCEDURE_SCHEM",
      "PROCEDURE_NAME", "COLUMN_NAME", "COLUMN_TYPE", "DATA_TYPE", "TYPE_NAME", "PRECISION", "LENGTH", "SCALE",
      "RADIX", "NULLABLE", "REMARKS", "COLUMN_DEF", "SQL_DATA_TYPE", "SQL_DATETIME_SUB", "CHAR_OCTET_LENGTH",
      "ORDINAL_POSITION", "IS_NULLABLE", "SPECIFIC_NAME");

  private final ProcedureRegistry procedures;

  public SynapseMeta(AvaticaConnection connection, ProcedureRegistry procedures) {
    super(connection);
    this.procedures = procedures;
    // JDBC's default; tools (DBeaver, pools) otherwise try to commit a transaction that cannot exist.
    connProps.setAutoCommit(true);
    connProps.setDirty(false);
  }

  // --- DML batches (owner: org.synapsejdbc.calcite.dml) ---
  /**
   * A batch runs as one execution per parameter set (sharing one Calcite data context, see {@code ParameterBatches});
   * around them the DML layer keeps the row changes and sends them together, in as few Synapse transactions as the
   * 2 MiB limit allows.
   */
  @Override
  public ExecuteBatchResult executeBatch(StatementHandle h, List<List<org.apache.calcite.avatica.remote.TypedValue>>
      parameterValueLists) throws org.apache.calcite.avatica.NoSuchStatementException {
    // --- CALL batches (owner: procedures): each parameter set runs the procedure ---
    ExecuteBatchResult calls = executeCallBatch(h, parameterValueLists);
    if (calls != null) {
      return calls;
    }
    // --- end CALL batches ---
    return org.synapsejdbc.calcite.dml.DmlBatch.run(() -> {
      ExecuteBatchResult dml = org.apache.calcite.jdbc.ParameterBatches.execute(connection, h, parameterValueLists);
      return dml != null ? dml : super.executeBatch(h, parameterValueLists);
    });
  }

  @Override
  public ExecuteBatchResult prepareAndExecuteBatch(StatementHandle h, List<String> sqlCommands)
      throws org.apache.calcite.avatica.NoSuchStatementException {
    // --- CALL batches (owner: procedures): calls run in turn; a mix with other statements is refused (0A000) ---
    if (org.synapsejdbc.jdbc.call.CallBatches.allCalls(sqlCommands)) {
      return executeCallTexts(h, sqlCommands);
    }
    // --- end CALL batches ---
    return org.synapsejdbc.calcite.dml.DmlBatch.run(() -> super.prepareAndExecuteBatch(h, sqlCommands));
  }
  // --- end DML batches ---

  /** Synapse has no transactions: every statement takes effect at once, so there is nothing to commit. */
  @Override
  public void commit(ConnectionHandle ch) {
    LOG.debug("commit: nothing to do, Synapse has no transactions");
  }

  /** Nothing can be undone either; a rollback after a write is a no-op (documented). */
  @Override
  public void rollback(ConnectionHandle ch) {
    LOG.debug("rollback: nothing to do, Synapse has no transactions");
  }

  @Override
  public MetaResultSet getCatalogs(ConnectionHandle ch) {
    return createEmptyResultSet(MetaImpl.MetaCatalog.class);
  }

  @Override
  public MetaResultSet getSchemas(ConnectionHandle ch, String catalog, Pat schemaPattern) {
    List<Object> rows = new ArrayList<>();
    if (catalogMatches(catalog)) {
      for (String name : schemaNames(schemaPattern)) {
        rows.add(new MetaImpl.MetaSchema(null, name));
      }
    }
    return result(rows, MetaImpl.MetaSchema.class, CalciteMetaImpl.SCHEMA_COLUMNS);
  }

  @Override
  public MetaResultSet getTables(ConnectionHandle ch, String catalog, Pat schemaPattern, Pat tableNamePattern,
      List<String> typeList) {
    List<MetaTableRow> rows = new ArrayList<>();
    if (catalogMatches(catalog)) {
      for (MetaTableRow t : tables(schemaPattern, tableNamePattern)) {
        if (typeList == null || typeList.contains(t.tableType)) {
          rows.add(t);
        }
      }
    }
    rows.sort(Comparator.comparing((MetaTableRow t) -> t.tableType).thenComparing(t -> t.tableSchem)
        .thenComparing(t -> t.tableName));
    return result(new ArrayList<>(rows), MetaTableRow.class, CalciteMetaImpl.TABLE_COLUMNS);
  }

  @Override
  public MetaResultSet getColumns(ConnectionHandle ch, String catalog, Pat schemaPattern, Pat tableNamePattern,
      Pat columnNamePattern) {
    List<Object> rows = new ArrayList<>();
    if (catalogMatches(catalog)) {
      Predicate1<String> columnMatcher = LikePattern.matcher(columnNamePattern.s);
      for (MetaTableRow t : tables(schemaPattern, tableNamePattern)) {
        for (RelDataTypeField f : t.table.getRowType(calcite().getTypeFactory()).getFieldList()) {
          if (columnMatcher.apply(f.getName())) {
            rows.add(new MetaImpl.MetaColumn(null, t.tableSchem, t.tableName, f.getName(),
                f.getType().getSqlTypeName().getJdbcOrdinal(), ColumnTypes.bareName(f.getType()),
                ColumnTypes.columnSize(f.getType()), ColumnTypes.decimalDigits(f.getType()),
                ColumnTypes.radix(f.getType()), ColumnTypes.nullable(f.getType()),
                ColumnTypes.columnSize(f.getType()), f.getIndex() + 1, f.getType().isNullable() ? "YES" : "NO",
                "NO", isGenerated(t.table, f.getIndex()) ? "YES" : "NO"));
          }
        }
      }
    }
    return result(rows, MetaImpl.MetaColumn.class, CalciteMetaImpl.COLUMN_COLUMNS);
  }

  /** ROW_ID, ROW_VERSION and ROW_ETAG follow a Synapse table's own columns; Synapse sets them, not the user. */
  private static boolean isGenerated(Table table, int field) {
    return table instanceof SynapseTable st && field >= st.descriptor().columns().size();
  }

  /** Functions of the visible schemas (Calcite would also list its whole operator table under "metadata"). */
  @Override
  public MetaResultSet getFunctions(ConnectionHandle ch, String catalog, Pat schemaPattern,
      Pat functionNamePattern) {
    List<Object> rows = new ArrayList<>();
    if (catalogMatches(catalog)) {
      Predicate1<String> names = LikePattern.matcher(functionNamePattern.s);
      SchemaPlus root = calcite().getRootSchema();
      for (String schemaName : schemaNames(schemaPattern)) {
        SchemaPlus schema = root.subSchemas().get(schemaName);
        for (String name : new TreeSet<>(schema.getFunctionNames())) {
          if (names.apply(name) && !schema.getFunctions(name).isEmpty()) {
            rows.add(new MetaImpl.MetaFunction(null, schemaName, name,
                (short) java.sql.DatabaseMetaData.functionResultUnknown, name));
          }
        }
      }
    }
    return result(rows, MetaImpl.MetaFunction.class, CalciteMetaImpl.FUNCTION_COLUMNS);
  }

  @Override
  public MetaResultSet getTypeInfo(ConnectionHandle ch) {
    return result(new ArrayList<>(ColumnTypes.typeInfo(calcite().getTypeFactory().getTypeSystem())),
        MetaImpl.MetaTypeInfo.class, CalciteMetaImpl.TYPE_INFO_COLUMNS);
  }

  /** The first declared key of the table ({@code Statistic.getKeys()}), e.g. {@code ROW_ID} or {@code id}. */
  @Override
  public MetaResultSet getPrimaryKeys(ConnectionHandle ch, String catalog, String schema, String table) {
    List<Object> rows = new ArrayList<>();
    if (catalogMatches(catalog) && table != null) {
      for (MetaTableRow t : tables(schema == null ? Pat.of(null) : Pat.of(escape(schema)), Pat.of(escape(table)))) {
        List<ImmutableBitSet> keys = t.table.getStatistic().getKeys();
        if (keys == null || keys.isEmpty()) {
          continue;
        }
        List<RelDataTypeField> fields = t.table.getRowType(calcite().getTypeFactory()).getFieldList();
        List<PrimaryKeyRow> keyRows = new ArrayList<>();
        short seq = 1;
        for (int column : keys.get(0)) {
          keyRows.add(new PrimaryKeyRow(t.tableSchem, t.tableName, fields.get(column).getName(), seq++,
              "PK_" + t.tableName));
        }
        keyRows.sort(Comparator.comparing(r -> r.columnName));
        rows.addAll(keyRows);
      }
    }
    return result(rows, PrimaryKeyRow.class, PRIMARY_KEY_COLUMNS);
  }

  @Override
  public MetaResultSet getProcedures(ConnectionHandle ch, String catalog, Pat schemaPattern,
      Pat procedureNamePattern) {
    List<Object> rows = new ArrayList<>();
    if (catalogMatches(catalog)) {
      for (ProcedureInfo p : matchingProcedures(schemaPattern, procedureNamePattern)) {
        rows.add(new ProcedureRow(p));
      }
    }
    return result(rows, ProcedureRow.class, PROCEDURE_COLUMNS);
  }

  @Override
  public MetaResultSet getProcedureColumns(ConnectionHandle ch, String catalog, Pat schemaPattern,
      Pat procedureNamePattern, Pat columnNamePattern) {
    List<Object> rows = new ArrayList<>();
    if (catalogMatches(catalog)) {
      Predicate1<String> columnMatcher = LikePattern.matcher(columnNamePattern.s);
      for (ProcedureInfo p : matchingProcedures(schemaPattern, procedureNamePattern)) {
        List<Object> plain = new ArrayList<>();
        ProcedureColumns.rows(p, columnMatcher, calcite().getTypeFactory(), plain);
        // Procedures engineer: Avatica's MetaProcedureColumn drops REMARKS; ProcedureColumnRow keeps them.
        for (Object row : plain) {
          rows.add(org.synapsejdbc.jdbc.call.ProcedureColumnRow.of(p, (MetaImpl.MetaProcedureColumn) row));
        }
      }
    }
    return result(rows, org.synapsejdbc.jdbc.call.ProcedureColumnRow.class, PROCEDURE_COLUMN_COLUMNS);
  }

  private List<ProcedureInfo> matchingProcedures(Pat schemaPattern, Pat namePattern) {
    Predicate1<String> schemas = LikePattern.matcher(schemaPattern.s);
    Predicate1<String> names = LikePattern.matcher(namePattern.s);
    return procedures.all().stream().filter(p -> schemas.apply(p.schema()) && names.apply(p.name())).toList();
  }

  /** There are no catalogs: only "any" (null) and "none" ("") match. */
  private static boolean catalogMatches(String catalog) {
    return catalog == null || catalog.isEmpty();
  }

  private static String escape(String name) {
    return name.replace("\\", "\\\\").replace("_", "\\_").replace("%", "\\%");
  }

  /** Visible schema names matching the pattern, sorted; Calcite's {@code metadata} schema is left out. */
  private List<String> schemaNames(Pat pattern) {
    SchemaPlus root = calcite().getRootSchema();
    // Project schemas join the root lazily: the root schema cannot look names up on demand.
    SynapseSchemas.syncProjects(root);
    List<String> names = new ArrayList<>();
    for (String name : new TreeSet<>(root.subSchemas().getNames(new LikePattern(pattern.s)))) {
      SchemaPlus schema = root.subSchemas().get(name);
      if (schema != null && !isCalciteMetadataSchema(schema)) {
        names.add(name);
      }
    }
    return names;
  }

  private List<MetaTableRow> tables(Pat schemaPattern, Pat tablePattern) {
    SchemaPlus root = calcite().getRootSchema();
    List<MetaTableRow> rows = new ArrayList<>();
    for (String schemaName : schemaNames(schemaPattern)) {
      SchemaPlus schema = root.subSchemas().get(schemaName);
      for (String tableName : new TreeSet<>(schema.tables().getNames(new LikePattern(tablePattern.s)))) {
        Table table = schema.tables().get(tableName);
        if (table != null) {
          rows.add(new MetaTableRow(table, schemaName, tableName, SynapseSchemas.remarks(table)));
        }
      }
    }
    return rows;
  }

  private CalciteConnection calcite() {
    return (CalciteConnection) connection;
  }

  private MetaResultSet result(List<Object> rows, Class<?> rowClass, List<String> columnNames) {
    MetaRows meta = MetaRows.of(rowClass, columnNames);
    return createResultSet(Map.of(), meta.columns, meta.cursorFactory, new Frame(0, true, rows));
  }
}
