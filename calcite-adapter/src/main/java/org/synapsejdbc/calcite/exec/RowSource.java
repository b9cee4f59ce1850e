package org.synapsejdbc.calcite.exec;

/** A stream of wire rows ({@code String[]}, values as Synapse sends them) that is read once and then closed. */
interface RowSource extends AutoCloseable {
  /** The next row, or null at the end. */
  String[] next();

  @Override
  void close();
}
