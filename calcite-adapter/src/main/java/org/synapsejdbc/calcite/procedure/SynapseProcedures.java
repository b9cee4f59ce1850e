package org.synapsejdbc.calcite.procedure;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** All procedures the driver offers through {@code CALL}, listed in schema {@link #SCHEMA}. */
public final class SynapseProcedures {
  /** The schema procedures are listed in by {@code getProcedures}; {@code CALL synapse.x(...)} also works. */
  public static final String SCHEMA = "synapse";

  private static final List<SynapseProcedure> ALL = List.of(new CreateProject(), new CreateFolder(),
      new StoreFile(), new DownloadFile(), new SetAnnotations(), new SetAnnotation(), new CreateTable(),
      new CreateFileView(), new CreateSnapshot(), new SetProvenance(), new DeleteEntity(), new WaitForView());

  private SynapseProcedures() {
  }

  public static List<SynapseProcedure> all() {
    return ALL;
  }

  /** The procedure with this name (case-insensitive). */
  public static Optional<SynapseProcedure> find(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return ALL.stream().filter(p -> p.spec().name().equals(n)).findFirst();
  }
}
