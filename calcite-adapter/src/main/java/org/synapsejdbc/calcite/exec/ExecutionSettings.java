package org.synapsejdbc.calcite.exec;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How a connection runs Synapse queries: the row count from which an unfiltered scan is downloaded as CSV (0 = never),
 * an optional page-size cap below Synapse's {@code maxRowsPerPage}, whether entity views are first waited for
 * until they show the repository's current state ({@code consistency=wait}), how long one job may take when the statement has no timeout, and where CSV downloads are spooled.
 */
public record ExecutionSettings(long csvScanThreshold, Long pageSize, boolean waitForViews, Duration jobTimeout,
    Path spoolDirectory) {

  public ExecutionSettings {
    if (csvScanThreshold < 0 || pageSize != null && pageSize < 1) {
      throw new IllegalArgumentException("csvScanThreshold must be >= 0 and pageSize >= 1");
    }
    Objects.requireNonNull(jobTimeout, "jobTimeout");
    Objects.requireNonNull(spoolDirectory, "spoolDirectory");
  }

  /** The driver's defaults: CSV from 100,000 rows, Synapse's page size, 10-minute jobs. */
  public static ExecutionSettings defaults() {
    return new ExecutionSettings(100_000, null, false, Duration.ofMinutes(10),
        Path.of(System.getProperty("java.io.tmpdir")));
  }

  public ExecutionSettings withCsvScanThreshold(long rows) {
    return new ExecutionSettings(rows, pageSize, waitForViews, jobTimeout, spoolDirectory);
  }

  public ExecutionSettings withPageSize(Long rows) {
    return new ExecutionSettings(csvScanThreshold, rows, waitForViews, jobTimeout, spoolDirectory);
  }

  public ExecutionSettings withWaitForViews(boolean wait) {
    return new ExecutionSettings(csvScanThreshold, pageSize, wait, jobTimeout, spoolDirectory);
  }
}
