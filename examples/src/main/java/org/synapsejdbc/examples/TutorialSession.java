package org.synapsejdbc.examples;

import java.nio.file.Path;
import java.sql.Connection;

/** What the tutorial's steps share: the JDBC URL, the options, the local work directory and the connection. */
public final class TutorialSession implements AutoCloseable {
  private final String url;
  private final TutorialOptions options;
  private final Path workDir;
  private Connection connection;

  public TutorialSession(String url, TutorialOptions options, Path workDir) {
    this.url = url;
    this.options = options;
    this.workDir = workDir;
  }

  public String url() {
    return url;
  }

  public TutorialOptions options() {
    return options;
  }

  public Path workDir() {
    return workDir;
  }

  /** The connection opened by the first step. */
  public Connection connection() {
    if (connection == null) {
      throw new IllegalStateException("Not connected");
    }
    return connection;
  }

  void connected(Connection c) {
    this.connection = c;
  }

  @Override
  public void close() throws Exception {
    if (connection != null) {
      connection.close();
    }
  }
}
