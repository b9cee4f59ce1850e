package org.synapsejdbc.calcite.exec;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.synapsejdbc.client.paging.PrefetchingIterator;

/**
 * How a connection runs Synapse queries: the row count from which an unfiltered scan is downloaded as CSV (0 = never),
 * an optional page-size cap below Synapse's {@code maxRowsPerPage}, whether entity views are first waited for
 * until they show the repository's current state ({@code consistency=wait}), how long one job may take when the
 * statement has no timeout, where CSV downloads are spooled, and how many result pages are fetched ahead while the
 * current one is read ({@code pagePrefetch}; 0 = on demand).
 */
public record ExecutionSettings(long csvScanThreshold, Long pageSize, boolean waitForViews, Duration jobTimeout,
    Path spoolDirectory, int pagePrefetch) {

  public ExecutionSettings {
    if (csvScanThreshold < 0 || pageSize != null && pageSize < 1 || pagePrefetch < 0) {
      throw new IllegalArgumentException("csvScanThreshold must be >= 0, pageSize >= 1 and pagePrefetch >= 0");
    }
    Objects.requireNonNull(jobTimeout, "jobTimeout");
    Objects.requireNonNull(spoolDirectory, "spoolDirectory");
  }

  /** Settings that prefetch one page. */
  public ExecutionSettings(long csvScanThreshold, Long pageSize, boolean waitForViews, Duration jobTimeout,
      Path spoolDirectory) {
    this(csvScanThreshold, pageSize, waitForViews, jobTimeout, spoolDirectory, PrefetchingIterator.DEFAULT_DEPTH);
  }

  /** The driver's defaults: CSV from 100,000 rows, Synapse's page size, 10-minute jobs, one page prefetched. */
  public static ExecutionSettings defaults() {
    return new ExecutionSettings(100_000, null, false, Duration.ofMinutes(10),
        Path.of(System.getProperty("java.io.tmpdir")));
  }

  public ExecutionSettings withCsvScanThreshold(long rows) {
    return new ExecutionSettings(rows, pageSize, waitForViews, jobTimeout, spoolDirectory, pagePrefetch);
  }

  public ExecutionSettings withPageSize(Long rows) {
    return new ExecutionSettings(csvScanThreshold, rows, waitForViews, jobTimeout, spoolDirectory, pagePrefetch);
  }

  public ExecutionSettings withWaitForViews(boolean wait) {
    return new ExecutionSettings(csvScanThreshold, pageSize, wait, jobTimeout, spoolDirectory, pagePrefetch);
  }

  public ExecutionSettings withPagePrefetch(int pages) {
    return new ExecutionSettings(csvScanThreshold, pageSize, waitForViews, jobTimeout, spoolDirectory, pages);
  }
}
