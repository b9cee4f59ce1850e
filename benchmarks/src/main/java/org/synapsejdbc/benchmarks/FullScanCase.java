package org.synapsejdbc.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Case 3: full scan of the large table (6 columns), each mode in its own child JVM with {@code -Xmx256m}: raw REST
 * paging (the baseline), raw REST CSV, the driver with its defaults (CSV route for big unfiltered scans) and the
 * driver with the CSV route off (paging).
 */
public final class FullScanCase implements BenchCase {

    /** {@code requestsPerScan}: Synapse requests (storage downloads excluded) per scan of the large table. */
    private record ModeResult(Stats rowsPerSecond, Stats millis, Stats peakHeap, long maxHeap, String error,
                              double requestsPerScan) {
    }

    /** Synapse's documented per-user rate limit, which synapse-client (and so the driver) always keeps to. */
    private static final int SYNAPSE_REQUESTS_PER_MINUTE = 600;

    @Override
    public CaseReport run(BenchContext ctx) throws Exception {
        BenchmarkConfig c = ctx.config();
        CaseReport report = new CaseReport("3", "Full scan of " + ctx.data().largeRows() + " rows × 6 columns");
        report.note("Statement: `" + FullScanChild.sql(ctx.data().largeId()) + "`. Each mode runs in a child JVM with `-Xmx"
                + c.childXmx() + "`: one warm-up scan of the " + ctx.data().mediumRows() + "-row table, then "
                + c.scanReps() + " scans; every value is read (`getLong`/`getString`/`getDouble`/`getTimestamp` "
                + "through JDBC, the strings in the baseline). Peak heap = the highest heap-in-use seen by a 2 ms "
                + "sampler during a scan (after a `System.gc()` before it). Baseline paging: `maxRowsPerPage` from the "
                + "first page, offset/limit, sorted by ROW_ID like the driver; baseline polls every "
                + c.baselinePollMillis() + " ms.");
        ModeResult rawPaged = mode(ctx, "raw-paged");
        ModeResult rawCsv = mode(ctx, "raw-csv");
        ModeResult jdbc = mode(ctx, "jdbc");
        ModeResult jdbcPaged = mode(ctx, "jdbc-paged");
        if (rawPaged.error != null || rawCsv.error != null) {
            throw new IllegalStateException("baseline scan failed: " + rawPaged.error + " / " + rawCsv.error);
        }
        report.row(new ResultRow("raw REST CSV vs raw REST paging", "rows/s", null, "(baseline only)", rawPaged.rowsPerSecond,
                String.format("%.2f× (CSV %s rows/s)", rawCsv.rowsPerSecond.median() / rawPaged.rowsPerSecond.median(),
                        Measure.fmt(rawCsv.rowsPerSecond.median())), "—", ResultRow.Verdict.INFO));
        if (jdbcPaged.error == null) {
            double r = jdbcPaged.rowsPerSecond.median() / rawPaged.rowsPerSecond.median();
            report.row(new ResultRow("driver paged (csvScanThreshold=0) vs raw paging", "rows/s", jdbcPaged.rowsPerSecond,
                    null, rawPaged.rowsPerSecond, String.format("%.2f×", r), "≥ 0.7×", ResultRow.Verdict.of(r >= 0.7)));
        } else {
            report.row(ResultRow.unavailable("driver paged (csvScanThreshold=0) vs raw paging", "rows/s", jdbcPaged.error,
                    rawPaged.rowsPerSecond, "≥ 0.7×"));
        }
        if (jdbc.error == null) {
            double r = jdbc.rowsPerSecond.median() / rawPaged.rowsPerSecond.median();
            report.row(new ResultRow("driver default (CSV route) vs raw paging", "rows/s", jdbc.rowsPerSecond, null,
                    rawPaged.rowsPerSecond, String.format("%.2f×", r), "≥ 0.7×", ResultRow.Verdict.of(r >= 0.7)));
        } else {
            report.row(ResultRow.unavailable("driver default (CSV route) vs raw paging", "rows/s", jdbc.error,
                    rawPaged.rowsPerSecond, "≥ 0.7×"));
        }
        if (jdbc.error == null && jdbcPaged.error == null) {
            double r = jdbc.rowsPerSecond.median() / jdbcPaged.rowsPerSecond.median();
            report.row(new ResultRow("driver CSV route vs driver paged route", "rows/s", jdbc.rowsPerSecond, null,
                    jdbcPaged.rowsPerSecond, String.format("%.2f× (baseline column = driver paged)", r), "≥ 1.5×",
                    ResultRow.Verdict.of(r >= 1.5)));
        } else {
            report.row(ResultRow.unavailable("driver CSV route vs driver paged route", "rows/s",
                    jdbc.error != null ? jdbc.error : jdbcPaged.error, rawCsv.rowsPerSecond, "≥ 1.5×"));
        }
        for (var e : List.of(new Object[] {"driver default (CSV route)", jdbc}, new Object[] {"driver paged", jdbcPaged})) {
            ModeResult m = (ModeResult) e[1];
            String metric = "peak heap, " + e[0];
            if (m.error == null) {
                report.row(new ResultRow(metric, "MiB", m.peakHeap, null, rawPaged.peakHeap,
                        "max heap " + m.maxHeap + " MiB", "≤ 256 MiB with -Xmx256m",
                        ResultRow.Verdict.of(m.peakHeap.max() <= 256 && m.maxHeap <= 256)));
            } else {
                report.row(ResultRow.unavailable(metric, "MiB", m.error, rawPaged.peakHeap, "≤ 256 MiB with -Xmx256m"));
            }
        }
        if (jdbcPaged.error == null) {
            report.note(budgetNote(rawPaged, jdbcPaged));
        }
        report.note(String.format("Scan times (median ms): raw paged %s, raw CSV %s%s%s.", Measure.fmt(rawPaged.millis.median()),
                Measure.fmt(rawCsv.millis.median()),
                jdbc.error == null ? ", driver default " + Measure.fmt(jdbc.millis.median()) : "",
                jdbcPaged.error == null ? ", driver paged " + Measure.fmt(jdbcPaged.millis.median()) : ""));
        return report;
    }

    /**
     * The paged route is bound by request counts: the driver keeps to Synapse's per-user rate limit, the baseline
     * (against a server with throttles off) does not. States both counts and what each would cost within the limit.
     */
    private static String budgetNote(ModeResult raw, ModeResult driver) {
        double rawPerMinute = raw.requestsPerScan / (raw.millis.median() / 60_000.0);
        double rawFloor = raw.requestsPerScan * 60.0 / SYNAPSE_REQUESTS_PER_MINUTE;
        double driverFloor = driver.requestsPerScan * 60.0 / SYNAPSE_REQUESTS_PER_MINUTE;
        return String.format("Request budget (local-synapse's request log; the paged modes download nothing from "
                        + "storage): the raw paged "
                        + "baseline sends %.0f requests per scan (%.0f per minute while scanning, polling every 10 ms), "
                        + "the driver's paged route %.0f. synapse.org allows %d requests per minute per user and answers "
                        + "more with 429; synapse-client keeps to that limit even against this throttle-free server. "
                        + "Within that limit the baseline's requests would take at least %.0f s per scan and the "
                        + "driver's at least %.0f s (measured: %.0f s), so at an equal request budget the driver's paged "
                        + "route is about %.2f× the baseline; the target compares it with a baseline that exceeds the "
                        + "limit about %.0f-fold.", raw.requestsPerScan, rawPerMinute, driver.requestsPerScan,
                SYNAPSE_REQUESTS_PER_MINUTE, rawFloor, driverFloor, driver.millis.median() / 1000.0,
                rawFloor / Math.max(driverFloor, driver.millis.median() / 1000.0),
                rawPerMinute / SYNAPSE_REQUESTS_PER_MINUTE);
    }

    private ModeResult mode(BenchContext ctx, String mode) throws Exception {
        BenchmarkConfig c = ctx.config();
        ctx.requestLog().reset();
        JsonNode r = ChildJvm.run(c.childXmx(), FullScanChild.class, List.of(ctx.server().baseUrl(), ctx.server().benchToken(),
                ctx.data().largeId(), ctx.data().mediumId(), mode, Integer.toString(c.scanReps())), 60);
        if (r.hasNonNull("error")) {
            return new ModeResult(null, null, null, r.path("maxHeapMiB").asLong(), r.get("error").asText(), 0);
        }
        List<Double> rps = new ArrayList<>();
        List<Double> ms = new ArrayList<>();
        List<Double> heap = new ArrayList<>();
        for (int i = 0; i < r.get("millis").size(); i++) {
            double millis = r.get("millis").get(i).asDouble();
            long rows = r.get("rows").get(i).asLong();
            if (rows != ctx.data().largeRows()) {
                return new ModeResult(null, null, null, 0, mode + " read " + rows + " rows, expected " + ctx.data().largeRows(),
                        0);
            }
            ms.add(millis);
            rps.add(rows / (millis / 1000.0));
            heap.add(r.get("peakHeapMiB").get(i).asDouble());
        }
        Stats rowsPerSecond = Stats.of(rps);
        // The child also scanned the medium table once to warm up: count its share by rows.
        long scannedRows = ms.size() * ctx.data().largeRows() + ctx.data().mediumRows();
        double requestsPerScan = ctx.requestLog().total() * (double) ctx.data().largeRows() / scannedRows;
        org.slf4j.LoggerFactory.getLogger(FullScanCase.class).info("case3 {}: median {} rows/s, peak heap {} MiB", mode,
                Measure.fmt(rowsPerSecond.median()), Measure.fmt(Stats.of(heap).max()));
        return new ModeResult(rowsPerSecond, Stats.of(ms), Stats.of(heap), r.get("maxHeapMiB").asLong(), null,
                requestsPerScan);
    }
}
