package org.synapsejdbc.calcite.function;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.FunctionParameter;
import org.apache.calcite.schema.TableMacro;
import org.apache.calcite.schema.TranslatableTable;
import org.synapsejdbc.calcite.SynapseQuery;
import org.synapsejdbc.calcite.SynapseTableDescriptor;
import org.synapsejdbc.calcite.SynapseTableKind;
import org.synapsejdbc.calcite.SynapseTypeMapping;
import org.synapsejdbc.calcite.SynapseValueDecoder;
import org.synapsejdbc.calcite.schema.SynapseCatalog;
import org.synapsejdbc.client.async.JobOptions;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.ColumnType;
import org.synapsejdbc.client.model.Query;
import org.synapsejdbc.client.model.QueryBundleRequest;
import org.synapsejdbc.client.model.SelectColumn;
import org.synapsejdbc.client.table.QueryRequest;

/**
 * {@code synapse.query('<Synapse SQL>')}: runs Synapse SQL exactly as written (e.g. {@code HAS}, {@code HAS_LIKE},
 * facets of the grammar Calcite does not know). Planning asks Synapse for the statement's select columns (one
 * query job returning no rows), which become the result columns; the rows are paged at execution like any query.
 */
final class NativeQueryFunction implements TableMacro {
  private static final Pattern FROM = Pattern.compile("\\bFROM\\s+(syn[0-9]+)(?:\\.([0-9]+))?",
      Pattern.CASE_INSENSITIVE);
  /** Result strings of unknown size: as wide as Synapse's widest STRING. */
  private static final long TEXT_SIZE = 1000;

  private final SynapseCatalog catalog;

  NativeQueryFunction(SynapseCatalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public List<FunctionParameter> getParameters() {
    return FunctionParameters.of("sql", String.class, false);
  }

  @Override
  public TranslatableTable apply(List<? extends Object> arguments) {
    String sql = (String) arguments.get(0);
    if (sql == null) {
      throw new IllegalArgumentException("synapse.query needs the Synapse SQL text");
    }
    Matcher m = FROM.matcher(sql);
    if (!m.find()) {
      throw new IllegalArgumentException("synapse.query: no 'FROM synNNN' in: " + sql);
    }
    String entityId = m.group(1).toLowerCase(Locale.ROOT);
    Long version = m.group(2) == null ? null : Long.valueOf(m.group(2));
    List<ColumnModel> columns = selectColumns(entityId, sql);
    SynapseTableDescriptor table = new SynapseTableDescriptor(entityId, version, SynapseTableKind.TABLE, columns);
    List<String> names = columns.stream().map(ColumnModel::getName).toList();
    return new RowsTable(f -> rowType(f, columns), root -> {
      // "aggregated" and "ordered": the text goes to Synapse untouched, no ROW_ID order and no CSV route added.
      SynapseQuery query = new SynapseQuery(table, sql, names, true, true);
      RelDataType type = rowType(root.getTypeFactory(), columns);
      SynapseValueDecoder[] decoders = type.getFieldList().stream()
          .map(field -> SynapseValueDecoder.forType(field.getType())).toArray(SynapseValueDecoder[]::new);
      return catalog.executor().execute(query, root).select(row -> {
        Object[] values = new Object[row.length];
        for (int i = 0; i < row.length; i++) {
          values[i] = decoders[i].decode(row[i]);
        }
        return values;
      });
    });
  }

  private List<ColumnModel> selectColumns(String entityId, String sql) {
    QueryBundleRequest request = new QueryBundleRequest().setEntityId(entityId)
        .setQuery(new Query().setSql(sql).setOffset(0L).setLimit(1L))
        .setPartMask(QueryRequest.PART_SELECT_COLUMNS);
    List<SelectColumn> select = catalog.client().tables().queryBundle(request, JobOptions.defaults()).selectColumns();
    List<ColumnModel> columns = new ArrayList<>();
    for (SelectColumn c : select == null ? List.<SelectColumn>of() : select) {
      ColumnType type = c.getColumnType() == null ? ColumnType.STRING : c.getColumnType();
      ColumnModel model = new ColumnModel().setName(c.getName()).setColumnType(type);
      if (type == ColumnType.STRING || type == ColumnType.LINK || type == ColumnType.STRING_LIST) {
        model.setMaximumSize(TEXT_SIZE);
      }
      columns.add(model);
    }
    return columns;
  }

  private static RelDataType rowType(RelDataTypeFactory f, List<ColumnModel> columns) {
    RelDataTypeFactory.Builder b = f.builder();
    for (ColumnModel c : columns) {
      b.add(c.getName(), SynapseTypeMapping.toRelType(f, c));
    }
    return b.uniquify().build();
  }
}
