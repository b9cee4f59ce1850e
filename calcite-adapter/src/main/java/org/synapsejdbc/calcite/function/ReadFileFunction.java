package org.synapsejdbc.calcite.function;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.FunctionParameter;
import org.apache.calcite.schema.TableMacro;
import org.apache.calcite.schema.TranslatableTable;
import org.apache.calcite.sql.type.SqlTypeName;
import org.synapsejdbc.calcite.error.StatementErrors;
import org.synapsejdbc.calcite.error.SynapseSqlStates;
import org.synapsejdbc.calcite.schema.EntityRef;

/**
 * {@code synapse.read_file('syn123'[, version])}: a CSV/TSV file entity as a table. While planning, the file is
 * downloaded (verified, to a temporary file kept per connection by {@link DownloadedFiles}) and its first lines give
 * the delimiter, the header and the column names; every column is VARCHAR (cast as needed). At execution the rows
 * are streamed from the file.
 */
final class ReadFileFunction implements TableMacro {
  private static final int SAMPLE_LINES = 50;
  private final DownloadedFiles files;
  private final boolean withVersion;

  ReadFileFunction(DownloadedFiles files, boolean withVersion) {
    this.files = files;
    this.withVersion = withVersion;
  }

  @Override
  public List<FunctionParameter> getParameters() {
    return withVersion
        ? FunctionParameters.of("entity", String.class, false, "version", Long.class, false)
        : FunctionParameters.of("entity", String.class, false);
  }

  @Override
  public TranslatableTable apply(List<? extends Object> arguments) {
    String id = (String) arguments.get(0);
    EntityRef ref = EntityRef.parse(id == null ? "" : id)
        .orElseThrow(() -> StatementErrors.of(SynapseSqlStates.INVALID_PARAMETER,
            "synapse.read_file needs a file entity id like 'syn123' or 'syn123.2', not '" + id + "'"));
    Long version = ref.version();
    if (withVersion && arguments.get(1) != null) {
      version = ((Number) arguments.get(1)).longValue();
    }
    Path file = files.get(ref.id(), version);
    TextLayout layout = layout(file);
    return new RowsTable(f -> rowType(f, layout), root -> new AbstractEnumerable<>() {
      @Override
      public Enumerator<Object[]> enumerator() {
        return new DelimitedFileEnumerator(file, layout, layout.columnNames().size());
      }
    });
  }

  private static TextLayout layout(Path file) {
    List<String> sample = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null && sample.size() < SAMPLE_LINES; line = in.readLine()) {
        if (!line.isEmpty()) {
          sample.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return TextLayout.sniff(sample);
  }

  private static org.apache.calcite.rel.type.RelDataType rowType(RelDataTypeFactory f, TextLayout layout) {
    RelDataTypeFactory.Builder b = f.builder();
    for (String name : layout.columnNames()) {
      b.add(name, f.createTypeWithNullability(f.createSqlType(SqlTypeName.VARCHAR), true));
    }
    return b.build();
  }
}
