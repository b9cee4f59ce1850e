package org.synapsejdbc.calcite.schema;

/** A table that has a Synapse description, which JDBC metadata reports as {@code REMARKS}. */
public interface Described {
  /** The description, or null. */
  String description();
}
