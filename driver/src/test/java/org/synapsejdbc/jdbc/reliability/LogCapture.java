package org.synapsejdbc.jdbc.reliability;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Captures every java.util.logging record (the driver's SLF4J backend in tests is slf4j-jdk14) at all levels,
 * formatted with its parameters and stack trace, while open.
 */
final class LogCapture extends Handler implements AutoCloseable {
  private static final String[] LOGGERS = {"", "org.synapsejdbc", "okhttp3", "org.apache.calcite", "org.eclipse.jetty"};
  private final List<String> lines = new ArrayList<>();
  private final List<Level> previous = new ArrayList<>();
  /** Strong references: java.util.logging forgets the level of a logger that is garbage collected. */
  private final List<Logger> loggers = new ArrayList<>();
  private final SimpleFormatter formatter = new SimpleFormatter();

  LogCapture() {
    setLevel(Level.ALL);
    for (String name : LOGGERS) {
      Logger logger = Logger.getLogger(name);
      loggers.add(logger);
      previous.add(logger.getLevel());
      // Calcite stays at INFO: its DEBUG output makes the planner explain Synapse plans that are not finished yet,
      // which fails (reported bug in SynapseToEnumerableConverter.explainTerms); no token reaches Calcite anyway.
      logger.setLevel(name.startsWith("org.apache.calcite") || name.startsWith("org.eclipse") ? Level.INFO
          : Level.ALL);
    }
    Logger.getLogger("").addHandler(this);
  }

  @Override
  public synchronized void publish(LogRecord record) {
    StringBuilder line = new StringBuilder(record.getLevel() + " " + record.getLoggerName() + " "
        + formatter.formatMessage(record) + " " + record.getMessage());
    if (record.getParameters() != null) {
      for (Object p : record.getParameters()) {
        line.append(' ').append(p);
      }
    }
    if (record.getThrown() != null) {
      StringWriter trace = new StringWriter();
      record.getThrown().printStackTrace(new PrintWriter(trace));
      line.append(' ').append(trace);
    }
    lines.add(line.toString());
  }

  synchronized List<String> lines() {
    return new ArrayList<>(lines);
  }

  @Override
  public void flush() {
  }

  @Override
  public void close() {
    Logger.getLogger("").removeHandler(this);
    for (int i = 0; i < loggers.size(); i++) {
      loggers.get(i).setLevel(previous.get(i));
    }
  }
}
