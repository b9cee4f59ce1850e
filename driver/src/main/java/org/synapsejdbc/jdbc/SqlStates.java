package org.synapsejdbc.jdbc;

/** The SQLState values the driver itself raises (SQL:2011 / X/Open classes). */
public final class SqlStates {
  /** Class 08: the client could not establish the connection (bad URL, property or server). */
  public static final String CONNECTION_FAILED = "08001";
  /** Class 28: the credentials could not be found or read. */
  public static final String INVALID_AUTHORIZATION = "28000";
  /** Class 0A: a JDBC feature the driver does not offer. */
  public static final String FEATURE_NOT_SUPPORTED = "0A000";

  private SqlStates() {
  }
}
