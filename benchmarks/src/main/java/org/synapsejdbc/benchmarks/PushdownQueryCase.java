package org.synapsejdbc.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/** Case 1: a pushed-down small query (filter + ORDER BY + LIMIT 10) on the medium table, JDBC vs raw REST. */
public final class PushdownQueryCase implements BenchCase {
    /** What the driver asks with a first page: results, select columns, max rows per page ({@code QueryPager}). */
    static final int DRIVER_FIRST_PAGE_PARTS = 0x1 | 0x4 | 0x8;

    /** Executions are cheap (two round trips), so each repetition runs several to steady the median. */
    static final int EXECUTIONS_PER_REP = 4;

    private static int reps(BenchmarkConfig c) {
        return c.reps() * EXECUTIONS_PER_REP;
    }

    static String sql(String table) {
        return "SELECT \"id\", \"name\", \"value\" FROM " + table
                + " WHERE \"category\" = 'cat-07' AND \"value\" > 0.5 ORDER BY \"value\" DESC LIMIT 10";
    }

    @Override
    public CaseReport run(BenchContext ctx) throws Exception {
        BenchmarkConfig c = ctx.config();
        String table = ctx.data().mediumId();
        String sql = sql(table);
        CaseReport report = new CaseReport("1", "Pushed-down small query on " + ctx.data().mediumRows() + " rows");
        report.note("Statement: `" + sql + "` (the same text for the baseline and through JDBC; the driver's "
                + "`Statement.executeQuery` goes through Calcite, which plans the text once per connection and reuses the plan "
                + "while the catalog is unchanged). Both sides send the same request (`offset` 0, `partMask` 0xD, as "
                + "the driver's first page) and repeat it, so local-synapse, like Synapse, answers both from its "
                + "de-duplicated job: the times are two round trips plus each client's own work. The two sides "
                + "alternate execution by execution, " + reps(c) + " measured executions each.");
        try (RawRestClient raw = ctx.raw(); Connection conn = ctx.jdbc()) {
            Measure.Timed baselineRun = i -> check(raw.queryJob(table, sql, 0L, null, DRIVER_FIRST_PAGE_PARTS, false)
                    .body().get("queryResult").get("queryResults").get("rows").size());
            Measure.Timed driverRun = i -> {
                try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                    int rows = 0;
                    while (rs.next()) {
                        rs.getLong(1);
                        rs.getString(2);
                        rs.getDouble(3);
                        rows++;
                    }
                    check(rows);
                }
            };
            Alternating.Result times = Alternating.millis("case1", c.warmups(), reps(c), baselineRun, driverRun);
            Stats baseline = times.baseline();
            Stats driver = times.driver();
            ctx.requestLog().reset();
            baselineRun.run(0);
            long baselineRequests = ctx.requestLog().total();
            ctx.requestLog().reset();
            driverRun.run(0);
            long driverRequests = ctx.requestLog().total();
            report.note(String.format("Per-execution difference (driver minus the baseline run next to it): median "
                    + "%+.2f ms (min %+.2f, max %+.2f, n=%d).", times.difference().median(), times.difference().min(),
                    times.difference().max(), times.difference().n()));
            double ratio = driver.median() / baseline.median();
            report.row(new ResultRow("query time", "ms", driver, null, baseline, String.format("%.2f×", ratio),
                    "≤ 1.25×", ResultRow.Verdict.of(ratio <= 1.25)));
            report.note("Requests per execution: driver " + driverRequests + ", baseline " + baselineRequests + ".");
            if (ratio > 1.25) {
                report.note("Missed: the driver's time over the baseline's is " + String.format("%.1f ms", driver.median()
                        - baseline.median()) + " per execution, spent in the driver (plan-cache check, Avatica and "
                        + "Calcite's enumerable pipeline, synapse-client's job handling, result decoding) and in any extra "
                        + "requests it makes. Part of it is synapse-client's throttle: it holds each of its 3 "
                        + "concurrency slots 5 ms past the response (Synapse frees its slot only after writing the "
                        + "response), so back to back with ~1 ms round trips a request waits for a slot now and then "
                        + "(about 1.5 ms per execution in a profile of this loop; against synapse.org's round trips "
                        + "it never waits). A statement text the connection has not run before also pays Calcite's "
                        + "planning, about 25-30 ms (repeats reuse the cached plan).");
            }
        } catch (java.sql.SQLException e) {
            report.row(ResultRow.unavailable("query time", "ms", BenchContext.unavailable(e), null, "≤ 1.25×"));
        }
        return report;
    }

    private static void check(int rows) {
        if (rows != 10) {
            throw new IllegalStateException("expected 10 rows, got " + rows);
        }
    }
}
