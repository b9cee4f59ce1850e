package org.synapsejdbc.calcite.function;

import com.google.common.collect.ImmutableMultimap;
import com.google.common.collect.Multimap;
import org.apache.calcite.schema.Function;
import org.synapsejdbc.calcite.schema.SynapseCatalog;

/** The table functions of the {@code synapse} schema: {@code query} and {@code read_file}. */
public final class SynapseFunctions {
  private SynapseFunctions() {
  }

  /** The functions of one connection; {@code files} keeps what {@code read_file} downloads (close it with it). */
  public static Multimap<String, Function> create(SynapseCatalog catalog, DownloadedFiles files) {
    ImmutableMultimap.Builder<String, Function> functions = ImmutableMultimap.builder();
    functions.put("query", new NativeQueryFunction(catalog));
    functions.put("read_file", new ReadFileFunction(files, false));
    functions.put("read_file", new ReadFileFunction(files, true));
    return functions.build();
  }
}
