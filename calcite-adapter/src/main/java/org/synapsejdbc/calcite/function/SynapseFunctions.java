package org.synapsejdbc.calcite.function;

import com.google.common.collect.ImmutableMultimap;
import com.google.common.collect.Multimap;
import org.apache.calcite.schema.Function;
import org.synapsejdbc.calcite.schema.SynapseCatalog;

/** The table functions of the {@code synapse} schema: {@code query} and {@code read_file}. */
public final class SynapseFunctions {
  private SynapseFunctions() {
  }

  public static Multimap<String, Function> create(SynapseCatalog catalog) {
    ImmutableMultimap.Builder<String, Function> functions = ImmutableMultimap.builder();
    functions.put("query", new NativeQueryFunction(catalog));
    functions.put("read_file", new ReadFileFunction(catalog, false));
    functions.put("read_file", new ReadFileFunction(catalog, true));
    return functions.build();
  }
}
