package org.synapsejdbc.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.synapsejdbc.client.async.PollSchedule;

/**
 * Case 2: the case-1 query as a {@code PreparedStatement} re-executed with new parameters; driver-side overhead =
 * driver median minus the baseline median for literal statements of the same shape.
 *
 * <p>New parameters mean a new request, which Synapse runs afresh (it only de-duplicates identical requests). So
 * every execution on either side uses a parameter set used nowhere else in the run: the baseline takes the even
 * sets, the driver the odd ones, and neither can be answered from a job the other (or a warm-up) started. The two
 * sides alternate execution by execution (in turn going first), so both meet the same server and machine load, and
 * the baseline polls on the driver's schedule, so that only the driver's own work differs.
 */
public final class PreparedStatementCase implements BenchCase {
    static final int EXECUTIONS_PER_REP = 4;

    private static int reps(BenchmarkConfig c) {
        return c.reps() * EXECUTIONS_PER_REP;
    }

    @Override
    public CaseReport run(BenchContext ctx) throws Exception {
        BenchmarkConfig c = ctx.config();
        String table = ctx.data().mediumId();
        String prepared = "SELECT \"id\", \"name\", \"value\" FROM " + table
                + " WHERE \"category\" = ? AND \"value\" > ? ORDER BY \"value\" DESC LIMIT 10";
        CaseReport report = new CaseReport("2", "PreparedStatement re-executed with new parameters");
        report.note("Prepared once: `" + prepared + "`; parameter set k binds `cat-(k mod 100)` and `(k div 100) / 100`, "
                + "each set used once in the run (baseline: even k, driver: odd k), so no execution is answered from "
                + "local-synapse's de-duplicated jobs. The baseline runs the same statement with the values as literals "
                + "and sends the same requests as the driver (`offset` 0, `partMask` 0xD; polls at synapse-client's "
                + "schedule, immediately and then 20 ms + 25 % of the time waited), so the difference is the driver's "
                + "own work. The two sides alternate execution by execution, " + reps(c) + " measured executions each "
                + "(" + EXECUTIONS_PER_REP + " per repetition: a job is seen at the first poll after it ends, which "
                + "spreads single times over the poll steps, so more samples are needed for a stable median).");
        int total = c.warmups() + reps(c);
        // Polled on the driver's schedule: this case measures the driver's own work, not a polling policy (case 7).
        try (RawRestClient raw = new RawRestClient(ctx.server().baseUrl(), ctx.server().benchToken(),
                PollSchedule.DEFAULT)) {
            try (Connection conn = ctx.jdbc(); PreparedStatement ps = conn.prepareStatement(prepared)) {
                // Repetition r (warm-ups negative) uses slot r + warm-ups: sets 2·slot (baseline) and 2·slot+1 (driver).
                Measure.Timed baselineRun = r -> check(raw.queryJob(table, literal(table, 2 * (r + c.warmups())), 0L,
                        null, PushdownQueryCase.DRIVER_FIRST_PAGE_PARTS, false).body().get("queryResult")
                        .get("queryResults").get("rows").size());
                Measure.Timed driverRun = r -> check(execute(ps, 2 * (r + c.warmups()) + 1));
                Alternating.Result times = Alternating.millis("case2", c.warmups(), reps(c), baselineRun, driverRun);
                Stats baseline = times.baseline();
                Stats driver = times.driver();
                Stats paired = times.difference();
                double overhead = driver.median() - baseline.median();
                report.row(new ResultRow("execution time", "ms", driver, null, baseline,
                        String.format("%+.2f ms", overhead), "overhead ≤ 2 ms", ResultRow.Verdict.of(overhead <= 2.0)));
                report.note(String.format("Per-execution difference (driver minus the baseline run next to it): median "
                        + "%+.2f ms (min %+.2f, max %+.2f, n=%d).", paired.median(), paired.min(), paired.max(),
                        paired.n()));
                ctx.requestLog().reset();
                raw.queryJob(table, literal(table, 2 * total), 0L, null, PushdownQueryCase.DRIVER_FIRST_PAGE_PARTS,
                        false);
                long rawRequests = ctx.requestLog().total();
                ctx.requestLog().reset();
                execute(ps, 2 * total + 1);
                long driverRequests = ctx.requestLog().total();
                report.note("Requests per execution: driver " + driverRequests + ", baseline " + rawRequests + ".");
                if (overhead > 2.0) {
                    report.note("Missed: a re-execution costs " + String.format("%.1f ms", overhead)
                            + " more than the raw requests. The difference is the driver's own work per execution "
                            + "(binding, Calcite's enumerable pipeline, the REST client's request handling and row "
                            + "decoding)" + (driverRequests > rawRequests ? " plus its extra requests" : "") + ".");
                }
            } catch (java.sql.SQLException e) {
                report.row(ResultRow.unavailable("execution time", "ms", BenchContext.unavailable(e), null,
                        "overhead ≤ 2 ms"));
            }
        }
        return report;
    }

    private static int execute(PreparedStatement ps, int k) throws Exception {
        ps.setString(1, category(k));
        ps.setDouble(2, threshold(k));
        int rows = 0;
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rs.getLong(1);
                rs.getString(2);
                rs.getDouble(3);
                rows++;
            }
        }
        return rows;
    }

    private static void check(int rows) {
        if (rows != 10) {
            throw new IllegalStateException("expected 10 rows, got " + rows);
        }
    }

    private static String category(int k) {
        return String.format("cat-%02d", k % 100);
    }

    /** 0.00, 0.01, ... per hundred sets: every set k is a distinct (category, threshold) pair. */
    private static double threshold(int k) {
        return (k / 100) / 100.0;
    }

    private static String literal(String table, int k) {
        return "SELECT \"id\", \"name\", \"value\" FROM " + table + " WHERE \"category\" = '" + category(k)
                + "' AND \"value\" > " + threshold(k) + " ORDER BY \"value\" DESC LIMIT 10";
    }
}
